namespace ChatBot.Core.Knowledge.Editing;

/// <summary>Who made a change: the platform ("discord", "cli", "file"), the user's id there, and a name people recognise.</summary>
public sealed record EditActor(string Platform, string UserId, string DisplayName)
{
    /// <summary>A hand edit of the files, noticed by the watcher.</summary>
    public static EditActor File { get; } = new("file", "file", "file");

    public override string ToString() => Platform == "file" ? "a hand edit of the file" : $"{DisplayName} ({Platform})";
}
