using System.Text.Json;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.Cli;

/// <summary>The JSON contract of computed answers: kind "computed", inputs in facts, the result with its bounds.</summary>
public class AskComputedJsonTests
{
    [Fact]
    public void AskJson_ChangeBetweenYears_WritesComputedResultWithBoundsAndInputs()
    {
        var (exitCode, output, _) = CliRun.Run("ask", "--json", "Um wie viele Milliarden steigt Amazons KI-Budget von 2024 auf 2025?");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("computed", root.GetProperty("kind").GetString());
        Assert.True(root.GetProperty("answered").GetBoolean());
        Assert.Equal(["amazon-capex-2025", "amazon-capex-2024"], root.GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        var computed = root.GetProperty("computed")[0];
        Assert.Equal("change", computed.GetProperty("operation").GetString());
        Assert.Equal("mehr als 17 Mrd. US-Dollar", computed.GetProperty("figure").GetString());
        Assert.Equal(17m, computed.GetProperty("low").GetDecimal());
        Assert.Equal(JsonValueKind.Null, computed.GetProperty("high").ValueKind);
        Assert.True(computed.GetProperty("low_exclusive").GetBoolean());
        Assert.Equal("more_than", computed.GetProperty("qualifier").GetString());
        Assert.Equal("USD", computed.GetProperty("currency").GetString());
        Assert.Equal("billion", computed.GetProperty("scale").GetString());
        Assert.Equal(["amazon-capex-2025", "amazon-capex-2024"], computed.GetProperty("inputs").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal("percent_change", root.GetProperty("computed")[1].GetProperty("operation").GetString());
    }

    [Fact]
    public void AskJson_ShareOfRange_WritesRoundedPercentBounds()
    {
        var (_, output, _) = CliRun.Run("ask", "--json", "What share of Alphabet's 2025 capex is spent in Q1?");

        using var json = JsonDocument.Parse(output);
        var computed = json.RootElement.GetProperty("computed")[0];
        Assert.Equal("share", computed.GetProperty("operation").GetString());
        Assert.Equal(21m, computed.GetProperty("low").GetDecimal());
        Assert.Equal(24m, computed.GetProperty("high").GetDecimal());
        Assert.Equal("percent", computed.GetProperty("unit").GetString());
        Assert.True(computed.GetProperty("rounded").GetBoolean());
    }

    [Fact]
    public void AskJson_FiguresQuestion_HasEmptyComputedList()
    {
        var (_, output, _) = CliRun.Run("ask", "--json", "How much will Amazon invest in AI in 2025?");

        using var json = JsonDocument.Parse(output);
        Assert.Equal(0, json.RootElement.GetProperty("computed").GetArrayLength());
    }
}
