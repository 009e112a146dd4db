namespace ChatBot.Discord.Gateway;

/// <summary>What the gateway service does after a connection ends.</summary>
internal enum GatewayNextStep
{
    Resume,
    Identify,
    ResumeAfterInvalidSession,
    IdentifyAfterInvalidSession,
    Fatal,
    Stopped,
}
