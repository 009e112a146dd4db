using ChatBot.Core.Knowledge.Editing;
using ChatBot.KnowledgeFiles;
using ChatBot.KnowledgeFiles.Editing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Hosting;

/// <summary>Registers the write path for moderators' edits and the audit log, for a long-running host.</summary>
internal static class KnowledgeEditingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IKnowledgeEditor"/> over the knowledge at <paramref name="knowledgePath"/> (edits are taken in
    /// force at once) and <see cref="IKnowledgeAuditLog"/> in <paramref name="dataDirectory"/>; hand edits the reload
    /// picks up are recorded too. With <paramref name="articles"/>, new quotes must be verbatim in their archived
    /// article. Call after <c>AddKnowledge</c>.
    /// </summary>
    public static IServiceCollection AddKnowledgeEditing(this IServiceCollection services, string knowledgePath, string dataDirectory, Func<string, string?>? articles = null)
    {
        services.AddKnowledgeAudit(dataDirectory);
        services.AddSingleton<IKnowledgeEditor>(provider =>
        {
            var knowledge = provider.GetRequiredService<ReloadingKnowledgeProvider>();
            return new FileKnowledgeEditor(knowledgePath, provider.GetRequiredService<IKnowledgeAuditLog>(), provider.GetRequiredService<TimeProvider>(),
                written => knowledge.Install(written), articles);
        });
        return services;
    }
}
