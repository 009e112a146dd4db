namespace ChatBot.Core.Knowledge.Editing.Forms;

/// <summary>A field of the fact form, so a problem can name where it is.</summary>
public enum FactFormField
{
    Id,
    Subject,
    Kind,
    Topics,
    Amount,
    Period,
    Source,
    Quote,
    Statements,
}
