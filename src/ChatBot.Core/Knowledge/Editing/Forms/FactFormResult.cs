namespace ChatBot.Core.Knowledge.Editing.Forms;

/// <summary>
/// A fact form read into the YAML block the write path takes, or the problems that stop it. <see cref="Amount"/> and
/// <see cref="Period"/> are what the texts were read as, and <see cref="GeneratedStatements"/> the languages whose
/// statement the form left empty and that were written from the figure, so a preview can say so.
/// </summary>
public sealed record FactFormResult(
    string? Yaml,
    string? FactId,
    IReadOnlyList<FactFormProblem> Problems,
    Amount? Amount = null,
    Period? Period = null,
    LocalizedText? Statement = null,
    IReadOnlyList<Language>? GeneratedStatements = null)
{
    public bool Succeeded => Yaml is not null && Problems.Count == 0;

    public static FactFormResult Failed(params FactFormProblem[] problems) => new(null, null, problems);
}
