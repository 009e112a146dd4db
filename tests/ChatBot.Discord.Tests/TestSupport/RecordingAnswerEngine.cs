using System.Collections.Concurrent;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Discord.Tests.TestSupport;

/// <summary>The real engine, recording the texts it is asked to understand and the queries it answers.</summary>
internal sealed class RecordingAnswerEngine(IAnswerEngine engine) : IAnswerEngine
{
    public ConcurrentQueue<string> Texts { get; } = new();

    public ConcurrentQueue<Query> Queries { get; } = new();

    public Answer Ask(string question, Language? language = null, Query? context = null)
    {
        Texts.Enqueue(question);
        return engine.Ask(question, language, context);
    }

    public Answer Answer(Query query)
    {
        Queries.Enqueue(query);
        return engine.Answer(query);
    }

    public Query Understand(string question, Language? language = null)
    {
        Texts.Enqueue(question);
        return engine.Understand(question, language);
    }

    public Answer Ask(KnowledgeBase knowledge, string question, Language? language = null, Query? context = null)
    {
        Texts.Enqueue(question);
        return engine.Ask(knowledge, question, language, context);
    }

    public Answer Answer(KnowledgeBase knowledge, Query query)
    {
        Queries.Enqueue(query);
        return engine.Answer(knowledge, query);
    }

    public Query Understand(KnowledgeBase knowledge, string question, Language? language = null)
    {
        Texts.Enqueue(question);
        return engine.Understand(knowledge, question, language);
    }
}
