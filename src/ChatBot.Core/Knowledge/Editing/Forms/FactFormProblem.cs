namespace ChatBot.Core.Knowledge.Editing.Forms;

/// <summary>One problem with the fact form: the field, what is wrong, and the offending value or detail (shown to the moderator).</summary>
public sealed record FactFormProblem(FactFormField Field, FactFormProblemKind Kind, string? Detail = null);
