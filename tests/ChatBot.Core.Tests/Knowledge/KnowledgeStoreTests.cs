using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Knowledge;

public class KnowledgeStoreTests
{
    [Fact]
    public void TryReplace_FailedLoad_KeepsLastGoodSnapshot()
    {
        var good = KnowledgeLoader.Load(KnowledgeYaml.With(KnowledgeYaml.ValidFact), "k.yaml").Knowledge!;
        var store = new KnowledgeStore(good);
        var broken = KnowledgeLoader.Load(KnowledgeYaml.With("  - id: [broken"), "k.yaml");

        var replaced = store.TryReplace(broken);

        Assert.False(replaced);
        Assert.Same(good, store.Current);
    }

    [Fact]
    public void TryReplace_SuccessfulLoad_SwapsSnapshot()
    {
        var store = new KnowledgeStore(KnowledgeLoader.Load(KnowledgeYaml.With(KnowledgeYaml.ValidFact), "old.yaml").Knowledge!);
        var next = KnowledgeLoader.Load(KnowledgeYaml.With(KnowledgeYaml.ValidFact), "new.yaml");

        Assert.True(store.TryReplace(next));
        Assert.Equal("new.yaml", store.Current.Origin);
    }
}
