namespace ChatBot.Core.Phrasing;

/// <summary>The fact keys a reply cites in brackets ("[F1]", "[F1][F3]", "[F1, F3]").</summary>
public static class Citations
{
    /// <summary>The cited keys in order, and the reply with the citation brackets blanked so their digits are not read as numbers.</summary>
    public static (IReadOnlyList<string> Keys, string Remainder) Extract(string reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var keys = new List<string>();
        var rest = reply.ToCharArray();
        var open = reply.IndexOf('[', StringComparison.Ordinal);
        while (open >= 0)
        {
            var close = reply.IndexOf(']', open + 1);
            if (close < 0)
            {
                break;
            }

            var inner = reply.AsSpan(open + 1, close - open - 1);
            if (TryKeys(inner, keys))
            {
                rest.AsSpan(open, close - open + 1).Fill(' ');
            }

            open = reply.IndexOf('[', close + 1);
        }

        return (keys, new string(rest));
    }

    /// <summary>The reply with each citation group ("[F1][F3]") replaced by the template's source numbers ("[1, 2]").</summary>
    public static string ToSourceNumbers(string reply, PhrasingRequest request)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(request);
        var text = new System.Text.StringBuilder(reply.Length);
        var copied = 0;
        var open = reply.IndexOf('[', StringComparison.Ordinal);
        while (open >= 0 && reply.IndexOf(']', open + 1) is var close && close > 0)
        {
            var keys = new List<string>();
            if (TryKeys(reply.AsSpan(open + 1, close - open - 1), keys))
            {
                var numbers = keys.Select(k => request.Find(k)?.SourceNumber).OfType<int>().Distinct().Order();
                text.Append(reply, copied, open - copied).Append('[').Append(string.Join(", ", numbers)).Append(']');
                copied = close + 1;
            }

            open = reply.IndexOf('[', close + 1);
        }

        return text.Append(reply, copied, reply.Length - copied).ToString();
    }

    private static bool TryKeys(ReadOnlySpan<char> inner, List<string> keys)
    {
        var found = new List<string>();
        foreach (var range in inner.SplitAny(",; "))
        {
            var part = inner[range].Trim();
            if (part.IsEmpty)
            {
                continue;
            }

            if (part.Length < 2 || part[0] is not ('F' or 'f') || !IsDigits(part[1..]))
            {
                return false;
            }

            found.Add("F" + part[1..].ToString());
        }

        keys.AddRange(found);
        return found.Count > 0;
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
