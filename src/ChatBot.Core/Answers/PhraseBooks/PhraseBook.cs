namespace ChatBot.Core.Answers;

/// <summary>
/// Everything an answer says in one language, by area. A language is added by writing one phrase book of each area
/// and registering the bundle in a <see cref="Languages.LanguageTable{T}"/> (see <see cref="PhraseBooks"/>).
/// </summary>
public sealed record PhraseBook(AnswerPhrases Answers, ComputationPhrases Computation, FigurePhrases Figures, PeriodPhrases Periods);
