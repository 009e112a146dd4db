namespace ChatBot.Cli;

internal static class ExitCodes
{
    public const int Success = 0;
    public const int BadInput = 1;
    public const int KnowledgeUnavailable = 2;
    public const int ConfigurationError = 3;
}
