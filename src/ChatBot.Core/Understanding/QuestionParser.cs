using System.Globalization;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages;
using ChatBot.Core.Text;
using ChatBot.Core.Understanding.Vocabulary;

namespace ChatBot.Core.Understanding;

/// <summary>
/// Understands a question in German or English against one knowledge snapshot: which subjects, topics and
/// period it names, what the user wants, and which names it mentions that the knowledge does not know. Its words
/// come from the registered vocabularies (<see cref="QuestionVocabularies.Default"/> unless others are given).
/// </summary>
public sealed class QuestionParser(TimeProvider clock, LanguageTable<IQuestionVocabulary>? vocabularies = null)
{
    private readonly VocabularyIndex _words = vocabularies is null ? VocabularyIndex.Default : new VocabularyIndex(vocabularies);

    public Query Parse(string question, KnowledgeBase knowledge, Language? language = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(knowledge);
        var text = question.Trim();
        var isCommand = text.StartsWith('/');
        var folded = TextFolding.Fold(isCommand ? text[1..] : text);
        var rawTokens = Tokenizer.Tokenize(folded);
        var (tokens, breaks) = MonthCompounds.Split(rawTokens, ClauseBreaks.Before(folded, rawTokens.Count), _words, word => IsKnownWord(word, knowledge));
        // Composed once: the original tokens, unknown names and measures are all cut from the same text.
        var composed = text.Normalize(System.Text.NormalizationForm.FormC);
        var originalTokens = Tokenizer.Tokenize(composed);
        var consumed = new bool[tokens.Count];

        QueryIntent? commandIntent = tokens.Count > 0 && _words.CommandWords.TryGetValue(tokens[0], out var command) ? command : null;
        if (commandIntent is not null)
        {
            consumed[0] = true;
        }
        else if (tokens.Count > 0 && _words.CommandPrefixes.Contains(tokens[0]))
        {
            consumed[0] = true;
        }

        var negated = QuestionScope.Negated(tokens, _words, breaks);
        var excluded = new List<Subject>();
        var spans = new List<SubjectSpan>();
        var subjects = SubjectMatcher.Match(tokens, knowledge.Aliases, consumed, _words, negated, excluded, spans);
        if (subjects is [{ Kind: SubjectKind.Group } group] && excluded.Count > 0 && excluded.All(e => group.Members.Contains(e.Id))
            && !VocabularyIndex.AnyIn(tokens, _words.RankCues) && !VocabularyIndex.AnyIn(tokens, _words.AscendingCues))
        {
            // "die großen Vier ohne Meta zusammen": the group's other members, each a subject of its own (a ranking
            // keeps the group and skips the excluded member).
            subjects = [.. group.Members.Where(id => !excluded.Any(e => e.Id == id)).Select(knowledge.FindSubject).OfType<Subject>()];
        }

        var subjectConsumed = (bool[])consumed.Clone();
        // A one-word name is no evidence of a language ("MSFT ai capex" is English); a phrase naming a subject
        // in one language is ("die großen Vier", "KI-Gipfel").
        var detected = language ?? LanguageDetector.Detect(text, [.. tokens.Where((_, i) => !subjectConsumed[i] || InPhrase(subjectConsumed, i))], _words);
        var topicMatches = new List<(Topic Topic, int Start, int Length)>();
        foreach (var match in knowledge.TopicTerms.Match(tokens))
        {
            if (!consumed[match.Start] && !negated[match.Start])
            {
                Array.Fill(consumed, true, match.Start, match.Length);
                topicMatches.Add(match);
            }
        }

        var topics = topicMatches.Select(m => m.Topic).Distinct().ToList();
        var beforePeriod = (bool[])consumed.Clone();
        var period = PeriodParser.Parse(tokens, clock.GetUtcNow().Year, consumed, _words, breaks);
        var periodConsumed = consumed.Select((c, i) => c && !beforePeriod[i]).ToArray();
        var (numbers, contextNumbers) = QuestionScope.Numbers(tokens, consumed, _words, negated);
        if (contextNumbers.Count > 0 && period.UntilYear is not null && period.Years.Count > 0)
        {
            // "Meta spends 600 billion until 2028 – but what about 2025?": the "until" belongs to the quoted claim.
            period = period with { UntilYear = null };
        }

        var keywords = tokens.Where((t, i) => !subjectConsumed[i] && !periodConsumed[i] && !negated[i] && !QuestionScope.IsScopeWord(t, _words) && t.Length >= 4 && t.All(char.IsLetter) && !_words.NonKeywords.Contains(t))
            .Distinct()
            .ToList();
        var inName = new bool[tokens.Count];
        var unknown = UnknownNames(composed, tokens, originalTokens, consumed, breaks, inName);
        var unknownIsActor = UnknownIsActor(tokens, consumed);
        // Words inside a name ("the four largest tech firms", "Blue Origin") are not cues for what the user wants.
        var cues = new HashSet<string>(tokens.Where((_, i) => !subjectConsumed[i] && !inName[i]), StringComparer.Ordinal);
        period = YearOnYear.Widen(period, subjects, topics, tokens, knowledge, _words);
        var foreignMeasure = ForeignMeasure(tokens, originalTokens, composed, subjectConsumed, negated);

        var intent = commandIntent ?? InferIntent(cues, subjects, period, tokens);
        if (intent == QueryIntent.Rank && subjects.Count > 0 && subjects.All(excluded.Contains))
        {
            // "Wer investiert am meisten, außer Amazon?" ranks everyone else; Amazon is not what is asked about.
            subjects = [];
        }

        var comparesSeveral = subjects.Count >= 2 || period.Years.Count >= 2;
        var namesPart = period.Quarter is not null || period.Half is not null || period.Month is not null;
        // A measure the knowledge does not hold ("share price") is not calculated with, whatever its words suggest.
        var computation = commandIntent is null && foreignMeasure is null ? ComputationCues.Detect(tokens, comparesSeveral, namesPart, _words) : null;
        if (computation is null && foreignMeasure is null && intent == QueryIntent.Total)
        {
            computation = ComputationKind.Sum;
        }
        else if (computation is null && commandIntent is null && subjects is [{ Kind: SubjectKind.Group, Members.Count: > 1 }] && VocabularyIndex.AnyIn(cues, _words.TotalCues))
        {
            // "Wie viel wollen die großen Vier zusammen investieren?": the group's total, stated and computed.
            computation = ComputationKind.Sum;
        }

        if (OrganisationOfNamedPerson(tokens, originalTokens, consumed, subjectConsumed, knowledge.Aliases) is { } organisation)
        {
            // "Musks Firma xAI": the question is about xAI, which the knowledge does not know, not about Tesla.
            subjects = [];
            unknown = [organisation];
            unknownIsActor = true;
        }

        List<SubjectSpan> askedSpans = [.. spans.Where(s => subjects.Contains(s.Subject))];
        return new Query(
            text,
            detected,
            intent,
            subjects,
            topics,
            period,
            unknown,
            Ascending: VocabularyIndex.AnyIn(cues, _words.AscendingCues),
            WantsQuotes: VocabularyIndex.AnyIn(cues, _words.SourceCues) || AsksOrigin(cues) || (VocabularyIndex.AnyIn(cues, _words.WhoWords) && numbers.Count > 0),
            UnknownIsActor: unknownIsActor)
        {
            Computation = computation,
            BaseSubjectId = BaseSubject(tokens, knowledge.Aliases),
            Preference = ComputationCues.Preference(tokens, consumed, _words),
            ContextNumbers = contextNumbers,
            AsksWhen = QuestionScope.AsksWhen(tokens, _words),
            PrefersWhole = QuestionScope.PrefersWhole(tokens, negated, _words),
            AsksTotal = VocabularyIndex.AnyIn(cues, _words.TotalCues),
            ExcludedSubjectIds = [.. excluded.Select(s => s.Id)],
            UnknownMeasure = UnknownMeasure(tokens, originalTokens, consumed),
            ForeignMeasure = foreignMeasure,
            TopicOwners = TopicOwners.Find(tokens, askedSpans, topicMatches, knowledge.Aliases, _words),
            MonthOwners = MonthOwners.Find(tokens, askedSpans, topicMatches, consumed, knowledge.Aliases, _words),
            Numbers = numbers,
            Keywords = keywords,
            AsksAmount = tokens.Any(t => _words.AmountWords.Contains(t) || VocabularyIndex.StartsWithAny(t, _words.AmountStems)),
        };
    }

    // "Wie viele Mitarbeiter", "how many employees": the word counted right after "how many" is no vocabulary,
    // no subject and no typo of a known word. "How many" is a how-much phrase without a word asking for money
    // ("wie viel", "how much" ask for an amount, and "wie viel Kohle" is slang for money).
    private string? UnknownMeasure(IReadOnlyList<string> tokens, IReadOnlyList<string> originalTokens, bool[] consumed)
    {
        var countPhrases = _words.HowMuchPhrases.Where(phrase => !phrase.Any(_words.AmountWords.Contains)).ToArray();
        for (var i = 0; i < tokens.Count; i++)
        {
            var length = VocabularyIndex.PhraseAt(tokens, i, countPhrases);
            var counted = i + length;
            if (length > 0 && counted < tokens.Count && IsUnknown(tokens[counted], consumed[counted]) && !NearKnownWord(tokens[counted]))
            {
                return originalTokens.Count == tokens.Count ? originalTokens[counted] : tokens[counted];
            }
        }

        return null;
    }

    // "Nvidias Aktienkurs", "Amazon's revenue": the first measure phrase outside names and negations, as written.
    private string? ForeignMeasure(IReadOnlyList<string> tokens, IReadOnlyList<string> originalTokens, string text, bool[] subjectConsumed, bool[] negated)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var length = VocabularyIndex.PhraseAt(tokens, i, _words.ForeignMeasures);
            if (length > 0 && !subjectConsumed[i] && !negated[i])
            {
                return originalTokens.Count == tokens.Count ? Spanning(text, originalTokens, i, i + length) : string.Join(' ', tokens.Skip(i).Take(length));
            }
        }

        return null;
    }

    private static bool InPhrase(bool[] consumed, int index) =>
        (index > 0 && consumed[index - 1]) || (index + 1 < consumed.Length && consumed[index + 1]);

    // The subject right after "than"/"als"/"gegenüber" is what the question measures against ("more than Meta").
    private string? BaseSubject(IReadOnlyList<string> tokens, AliasIndex aliases)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!_words.BaseMarkers.Contains(tokens[i]))
            {
                continue;
            }

            var start = _words.Articles.Contains(tokens[i + 1]) ? i + 2 : i + 1;
            for (var length = Math.Min(aliases.LongestPhrase, tokens.Count - start); length >= 1; length--)
            {
                var phrase = string.Join(' ', tokens.Skip(start).Take(length));
                if ((aliases.Find(phrase) ?? (phrase.Length > 4 && phrase.EndsWith('s') ? aliases.Find(phrase[..^1]) : null)) is { } subject)
                {
                    return subject.Id;
                }
            }
        }

        return null;
    }

    // A brand-like unknown name (inner capitals, or after "Firma"/"company") next to a known subject's genitive:
    // "Musks Firma xAI", "Elon Musk's xAI", "Zuckerbergs Startup Foo".
    private string? OrganisationOfNamedPerson(IReadOnlyList<string> tokens, IReadOnlyList<string> originalTokens, bool[] consumed, bool[] subjectConsumed, AliasIndex aliases)
    {
        if (originalTokens.Count != tokens.Count)
        {
            return null;
        }

        for (var i = 1; i < tokens.Count; i++)
        {
            // A month is no organisation, even capitalised after a possessive ("Oracle's Sept deal").
            if (consumed[i] || _words.CommonWords.Contains(tokens[i]) || _words.Months.ContainsKey(tokens[i]))
            {
                continue;
            }

            var original = originalTokens[i];
            var brandLike = original.Skip(1).Any(char.IsUpper);
            var afterOrganisationWord = _words.OrganisationWords.Contains(tokens[i - 1]) && (char.IsUpper(original[0]) || brandLike);
            var owner = _words.OrganisationWords.Contains(tokens[i - 1]) ? i - 2 : i - 1;
            if (owner > 0 && _words.PossessiveMarkers.Contains(tokens[owner]))
            {
                owner--;
            }

            // "Sam Altman's Worldcoin", "elon musk's xai", "Sam Altmans Worldcoin": a name right after a known
            // subject's possessive belongs to the owner. Capitals are no evidence in German or in lower-case chat,
            // so the word must also be unknown vocabulary and no typo of a known word ("meta's buget").
            var germanGenitive = subjectConsumed[i - 1] && tokens[i - 1].Length > 4 && tokens[i - 1].EndsWith('s')
                && aliases.Find(tokens[i - 1]) is null && aliases.Find(tokens[i - 1][..^1]) is not null;
            var possessive = _words.PossessiveMarkers.Contains(tokens[i - 1]);
            var afterPossessive = (possessive && char.IsUpper(original[0]))
                || ((possessive || germanGenitive) && IsUnknown(tokens[i], consumed[i]) && !NearKnownWord(tokens[i])
                    && !_words.OrganisationWords.Contains(tokens[i]) && !_words.Months.ContainsKey(tokens[i]) && !IsModifier(tokens, consumed, i));
            if ((brandLike || afterOrganisationWord || afterPossessive) && owner >= 0 && subjectConsumed[owner])
            {
                return original;
            }
        }

        return null;
    }

    private QueryIntent InferIntent(HashSet<string> cues, IReadOnlyList<Subject> subjects, PeriodFilter period, IReadOnlyList<string> tokens)
    {
        var comparable = subjects.Count >= 2 || (subjects.Count == 1 && period.Years.Count >= 2);
        if (comparable && VocabularyIndex.AnyIn(cues, _words.TotalCues))
        {
            return QueryIntent.Total;
        }

        if (comparable && VocabularyIndex.AnyIn(cues, _words.CompareCues))
        {
            return QueryIntent.Compare;
        }

        var rankCue = VocabularyIndex.AnyIn(cues, _words.RankCues) || VocabularyIndex.AnyIn(cues, _words.AscendingCues);
        if (subjects.Count == 1 && rankCue)
        {
            return QueryIntent.Rank;
        }

        if (subjects.Count == 0)
        {
            if (rankCue)
            {
                return QueryIntent.Rank;
            }

            if (VocabularyIndex.AnyIn(cues, _words.HelpCues) || VocabularyIndex.ContainsWordSet(cues, _words.CapabilityCues))
            {
                return QueryIntent.Help;
            }

            if (VocabularyIndex.AnyIn(cues, _words.SourceCues) || AsksOrigin(cues))
            {
                return QueryIntent.Sources;
            }

            if (VocabularyIndex.AnyIn(cues, _words.SubjectListCues) && VocabularyIndex.AnyIn(cues, _words.ListQuestionWords))
            {
                return QueryIntent.Subjects;
            }

            if (tokens.Count > 0 && tokens.All(_words.GreetingWords.Contains))
            {
                return QueryIntent.Greeting;
            }
        }

        return QueryIntent.Figures;
    }

    // "Where does that figure come from?"
    private bool AsksOrigin(HashSet<string> cues) => VocabularyIndex.ContainsWordSet(cues, _words.OriginCues);

    /// <summary>
    /// Words that are neither ordinary vocabulary nor known to the knowledge: likely names of companies the
    /// knowledge has no figures for ("Intel"). Only letters, so numbers from a question are never echoed back.
    /// </summary>
    /// <remarks>
    /// Unknown words standing next to each other, with no clause mark between them, are one name ("Deutsche
    /// Telekom", "Goldman Sachs"): the answer names the company, not each of its words.
    /// </remarks>
    private IReadOnlyList<string> UnknownNames(string text, IReadOnlyList<string> tokens, IReadOnlyList<string> originalTokens, bool[] consumed, bool[] breaks, bool[] inName)
    {
        var aligned = originalTokens.Count == tokens.Count;
        var titleCased = aligned && IsTitleCased(originalTokens);
        var names = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsUnknown(tokens[i], consumed[i]))
            {
                continue;
            }

            // Only capitalised words make one name: "Anthropic raising" is a name and a word we do not know, and
            // lower-case words we do not know are more often vocabulary gaps than parts of a name.
            // A capitalised ordinary word of a language that does not capitalise nouns continues the name ("Blue
            // Origin"); unless the whole question is written in capitals per word.
            var end = i + 1;
            while (aligned && end < tokens.Count && !breaks[end] && char.IsUpper(originalTokens[i][0]) && char.IsUpper(originalTokens[end][0]))
            {
                if (!IsUnknown(tokens[end], consumed[end]))
                {
                    if (titleCased || !ContinuesName(tokens[end], consumed[end]))
                    {
                        break;
                    }

                    inName[end] = true;
                }

                end++;
            }

            var display = aligned ? Spanning(text, originalTokens, i, end) : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(tokens[i]);
            i = end - 1;
            if (display.Length > 40)
            {
                continue;
            }

            if (!names.Contains(display, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(display);
            }
        }

        // Capitalised words are names in English and nouns in German; when some unknown words are capitalised
        // mid-sentence, those are the likely names, the rest are vocabulary gaps.
        var capitalised = names.Where(n => char.IsUpper(n[0]) && !IsFirstWord(n, originalTokens)).ToList();
        return capitalised.Count > 0 ? capitalised : names;
    }

    // The question's own text from the first to the last of the tokens, so "Fußball-WM" keeps its hyphen.
    private static string Spanning(string text, IReadOnlyList<string> originalTokens, int first, int end)
    {
        if (end - first == 1)
        {
            return originalTokens[first];
        }

        var position = 0;
        var start = 0;
        for (var k = 0; k < end; k++)
        {
            position = text.IndexOf(originalTokens[k], position, StringComparison.Ordinal);
            if (position < 0)
            {
                return string.Join(' ', originalTokens.Skip(first).Take(end - first));
            }

            if (k == first)
            {
                start = position;
            }

            position += originalTokens[k].Length;
        }

        // Only spaces, hyphens and apostrophes join the words of a name; anything else is shown as a space.
        var span = text[start..position];
        return span.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'' or '\u2019') ? span : string.Join(' ', originalTokens.Skip(first).Take(end - first));
    }

    // "What Is Blue Origin's Budget": capitals on most words say nothing about names.
    private static bool IsTitleCased(IReadOnlyList<string> originalTokens)
    {
        var words = originalTokens.Where(t => t.Length > 0 && char.IsLetter(t[0])).ToList();
        return words.Count >= 3 && words.Count(t => char.IsUpper(t[0])) * 4 >= words.Count * 3;
    }

    // An ordinary word only of languages that write nouns in lower case ("origin"), not a month or a period word.
    private bool ContinuesName(string token, bool consumed) =>
        !consumed && token.Length >= 2 && token.All(char.IsLetter) && !_words.CapitalisedCommonWords.Contains(token)
        && !VocabularyIndex.StartsWithAny(token, _words.CapitalisedKnownStems) && !_words.Months.ContainsKey(token);

    private static bool IsFirstWord(string name, IReadOnlyList<string> originalTokens) =>
        originalTokens.Count > 0 && originalTokens[0] == name && originalTokens.Count > 1;

    private bool UnknownIsActor(IReadOnlyList<string> tokens, bool[] consumed)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            // "steckt die Telekom": an article may stand between a spending verb and the name (but "did the
            // Financial Times report" is no spending).
            var spendingVerbBeforeArticle = i > 1 && _words.Articles.Contains(tokens[i - 1]) && _words.SpendingVerbs.Contains(tokens[i - 2]);
            if (IsUnknown(tokens[i], consumed[i])
                && ((i > 0 && _words.ActorCues.Contains(tokens[i - 1])) || spendingVerbBeforeArticle || (i + 1 < tokens.Count && _words.ActorCues.Contains(tokens[i + 1]))))
            {
                return true;
            }
        }

        return false;
    }

    // "Oracles frühester Deal": a size or order word, or any word right before a known topic noun, describes that
    // noun rather than naming an organisation.
    private bool IsModifier(IReadOnlyList<string> tokens, bool[] consumed, int index) =>
        ComputationCues.PreferenceOf(tokens[index], _words) is not null || (index + 1 < tokens.Count && consumed[index + 1] && !PeriodParser.IsYearToken(tokens[index + 1]));

    // One edit away from ordinary vocabulary ("buget", "investmnet"): a typo, not a name.
    private bool NearKnownWord(string token)
    {
        if (token.Length < 4)
        {
            return false;
        }

        var byLength = _words.CommonWordsByLength;
        for (var length = Math.Max(4, token.Length - 1); length <= token.Length + 1 && length < byLength.Length; length++)
        {
            foreach (var word in byLength[length])
            {
                if (EditDistance.Compute(token, word, 1) <= 1)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool IsUnknown(string token, bool consumed) =>
        !consumed && token.Length >= 2 && token.All(char.IsLetter) && !_words.CommonWords.Contains(token) && !_words.Months.ContainsKey(token) && !IsKnownStem(token);

    // A word the parser understands on its own: ordinary vocabulary or one of the knowledge's topic terms ("deal").
    private bool IsKnownWord(string word, KnowledgeBase knowledge) =>
        _words.CommonWords.Contains(word) || knowledge.TopicTerms.Match([word]).Count > 0;

    // Inflected forms of ordinary verbs and nouns ("investierst", "Investitionsplan") are not names.
    private bool IsKnownStem(string token) => token.Length > 4 && VocabularyIndex.StartsWithAny(token, _words.KnownStems);
}
