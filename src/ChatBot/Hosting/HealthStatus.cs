namespace ChatBot.Hosting;

/// <summary>Body of <c>GET /healthz</c>: enough to see the bot is up and what it answers from, and no secrets.</summary>
internal sealed record HealthStatus(string Status, int Facts, int Sources, int Subjects, bool Gateway, bool HttpInteractions)
{
    /// <summary>Teams: whether the outgoing webhook and the Bot Framework endpoint are configured.</summary>
    public TeamsHealth? Teams { get; init; }

    /// <summary>Phrasing: whether an LLM is configured, and how often it phrased or fell back (and why).</summary>
    public PhrasingHealth? Phrasing { get; init; }
}
