using ChatBot.Discord.Commands;
using ChatBot.Discord.Models;

namespace ChatBot.Discord.IngestReview;

/// <summary>The /fact modal as it is today, reached only through its public methods.</summary>
public sealed class FactModalForm : IFactForm
{
    /// <inheritdoc/>
    public InteractionResponse? Open(string customId, string title, string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        return yaml.Length > FactModal.MaxValueLength ? null : FactModal.Open(customId, title, yaml);
    }

    /// <inheritdoc/>
    public string? Read(InteractionData? data) =>
        FactModal.Values(data).TryGetValue(FactModal.YamlInput, out var yaml) && yaml.Trim().Length > 0 ? yaml : null;
}
