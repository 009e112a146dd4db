namespace ChatBot.Teams.Manifest;

/// <summary>
/// The two icons Teams requires, drawn as a rising bar chart: colour 192×192 (the 96×96 symbol centred with 48 px
/// padding on a solid accent background) and outline 32×32 (white on transparent, no padding).
/// </summary>
internal static class AppIcons
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    public static byte[] Color(byte red, byte green, byte blue)
    {
        var pixels = new byte[ColorSize * ColorSize * 4];
        Fill(pixels, ColorSize, 0, 0, ColorSize, ColorSize, red, green, blue);
        DrawBars(pixels, ColorSize, origin: 48, size: 96);
        return PngEncoder.Encode(ColorSize, ColorSize, pixels);
    }

    public static byte[] Outline()
    {
        var pixels = new byte[OutlineSize * OutlineSize * 4];
        DrawBars(pixels, OutlineSize, origin: 0, size: OutlineSize);
        return PngEncoder.Encode(OutlineSize, OutlineSize, pixels);
    }

    // Three white bars of rising height, each a quarter of the symbol wide with an eighth between them.
    private static void DrawBars(byte[] pixels, int stride, int origin, int size)
    {
        var width = size / 4;
        var gap = size / 8;
        int[] heights = [size / 2, size * 3 / 4, size];
        for (var i = 0; i < heights.Length; i++)
        {
            var left = origin + (i * (width + gap));
            Fill(pixels, stride, left, origin + size - heights[i], width, heights[i], 255, 255, 255);
        }
    }

    private static void Fill(byte[] pixels, int stride, int left, int top, int width, int height, byte red, byte green, byte blue)
    {
        for (var y = top; y < top + height; y++)
        {
            for (var x = left; x < left + width; x++)
            {
                var i = ((y * stride) + x) * 4;
                (pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]) = (red, green, blue, 255);
            }
        }
    }
}
