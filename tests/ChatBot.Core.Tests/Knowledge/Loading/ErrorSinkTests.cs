using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.Core.Tests.Knowledge.Loading;

public class ErrorSinkTests
{
    [Fact]
    public void Add_Error_IsKeptWithTheSinksFile()
    {
        var sink = new ErrorSink("k.yaml");

        sink.Add(7, "acme-2025", "something is wrong");

        Assert.Equal(new KnowledgeError("k.yaml", 7, "acme-2025", "something is wrong"), Assert.Single(sink.Errors));
    }

    [Fact]
    public void Add_MessageOfExactlyTheCap_IsKeptWhole()
    {
        var sink = new ErrorSink("k.yaml");
        var message = new string('m', 500);

        sink.Add(1, null, message);

        Assert.Equal(message, Assert.Single(sink.Errors).Message);
    }

    [Fact]
    public void Add_LongerMessage_IsCutToTheCapWithAnEllipsis()
    {
        var sink = new ErrorSink("k.yaml");

        sink.Add(1, null, new string('m', 501));

        Assert.Equal(new string('m', 500) + "…", Assert.Single(sink.Errors).Message);
    }

    [Fact]
    public void Add_HugeFactId_IsQuotedAsAnExcerpt()
    {
        var sink = new ErrorSink("k.yaml");

        sink.Add(1, new string('i', 10_000) + "\u001b", "bad");

        Assert.Equal(new string('i', 60) + "…", Assert.Single(sink.Errors).FactId);
    }

    [Fact]
    public void Add_NoFactId_StaysNull()
    {
        var sink = new ErrorSink("k.yaml");

        sink.Add(1, null, "bad");

        Assert.Null(Assert.Single(sink.Errors).FactId);
    }

    [Fact]
    public void Add_InAnotherFile_KeepsThatFile()
    {
        var sink = new ErrorSink("folder");

        sink.Add("b.yaml", 3, "x", "duplicate");

        Assert.Equal(new KnowledgeError("b.yaml", 3, "x", "duplicate"), Assert.Single(sink.Errors));
    }

    [Fact]
    public void AddAll_OtherSink_AppendsItsErrorsInOrder()
    {
        var sink = new ErrorSink("k.yaml");
        sink.Add(1, null, "first");
        var other = new ErrorSink("k.yaml");
        other.Add(5, null, "second");
        other.Add(9, null, "third");

        sink.AddAll(other);

        Assert.Equal(["first", "second", "third"], sink.Errors.Select(e => e.Message));
    }
}
