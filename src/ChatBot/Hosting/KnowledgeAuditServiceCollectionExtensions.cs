using ChatBot.Core.Knowledge.Editing;
using ChatBot.KnowledgeFiles.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Hosting;

/// <summary>Registers the audit log and the recording of hand edits, for every process that watches the knowledge.</summary>
internal static class KnowledgeAuditServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IKnowledgeAuditLog"/> in <paramref name="dataDirectory"/> and <see cref="HandEditAudit"/>, which a
    /// host starts with its hosted services and the console chat starts itself. Several processes watching one folder
    /// share the audit database; the store records each hand edit once. Call after <c>AddKnowledge</c>.
    /// </summary>
    public static IServiceCollection AddKnowledgeAudit(this IServiceCollection services, string dataDirectory)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IKnowledgeAuditLog>(_ => SqliteKnowledgeAuditLog.Open(dataDirectory));
        services.TryAddSingleton<HandEditAudit>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, HandEditAuditService>());
        return services;
    }
}
