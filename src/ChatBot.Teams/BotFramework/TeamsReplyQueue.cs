using System.Threading.Channels;

namespace ChatBot.Teams.BotFramework;

/// <summary>
/// Hands validated activities from the endpoint, which must acknowledge at once, to the background sender. Bounded:
/// when it is full the endpoint answers 503 and Teams retries later, instead of memory growing without limit.
/// </summary>
public sealed class TeamsReplyQueue
{
    private const int Capacity = 1000;
    private readonly Channel<TeamsReplyJob> _jobs = Channel.CreateBounded<TeamsReplyJob>(new BoundedChannelOptions(Capacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleWriter = false,
    });

    public bool TryEnqueue(TeamsReplyJob job) => _jobs.Writer.TryWrite(job);

    public ChannelReader<TeamsReplyJob> Reader => _jobs.Reader;
}
