using System.CommandLine;
using EmhRt.Cli.Batch;

namespace EmhRt.Cli;

/// <summary>
/// <c>emhrt batch</c>: many plans from a CSV or JSON Lines file (or standard input), one result row per input
/// row, in input order. Columns are named like the <c>plan</c> options; <c>plan</c>-style options give defaults
/// for columns the file lacks or leaves empty.
/// </summary>
internal static class BatchCommand
{
    private static readonly (string Option, BatchColumn Column, OptionParsers.TryParser<string>? Check)[] DefaultOptions =
    [
        ("--lesion", BatchColumn.Lesion, null),
        ("--dose", BatchColumn.Dose, Check<double>(OptionParsers.TryParseDoseGy)),
        ("--fractions", BatchColumn.Fractions, Check<int>(OptionParsers.TryParseFractions)),
        ("--dose-per-fraction", BatchColumn.DosePerFraction, Check<double>(OptionParsers.TryParseDoseGy)),
        ("--treated", BatchColumn.Treated, null),
        ("--margin", BatchColumn.Margin, Check<double>(OptionParsers.TryParseLengthMm)),
        ("--margin-superior", BatchColumn.MarginSuperior, Check<double>(OptionParsers.TryParseLengthMm)),
        ("--margin-inferior", BatchColumn.MarginInferior, Check<double>(OptionParsers.TryParseLengthMm)),
        ("--margin-radial", BatchColumn.MarginRadial, Check<double>(OptionParsers.TryParseLengthMm)),
        ("--ctv-levels", BatchColumn.CtvLevels, Check<int>(OptionParsers.TryParseCtvLevels)),
        ("--start", BatchColumn.Start, Check<DateOnly>(OptionParsers.TryParseDate)),
        ("--age", BatchColumn.Age, Check<double>(OptionParsers.TryParseAgeYears)),
        ("--sex", BatchColumn.Sex, Check<Sex>(static (string? t, out Sex v, out string? e) => OptionParsers.TryParseChoice(t, CliChoices.SexesAndAbbreviations, out v, out e))),
        ("--thoracic-vertebrae", BatchColumn.ThoracicVertebrae, Check<int>(OptionParsers.TryParseThoracicCount)),
        ("--lumbar-vertebrae", BatchColumn.LumbarVertebrae, Check<int>(OptionParsers.TryParseLumbarCount)),
        ("--alpha-beta-emh", BatchColumn.AlphaBetaEmh, Check<double>(OptionParsers.TryParseAlphaBetaGy)),
        ("--alpha-beta-cord", BatchColumn.AlphaBetaCord, Check<double>(OptionParsers.TryParseAlphaBetaGy)),
        ("--cord-max-dose", BatchColumn.CordMaxDose, Check<double>(OptionParsers.TryParseDoseGy)),
        ("--pregnancy-status", BatchColumn.PregnancyStatus, Check<EmhRt.Planning.PregnancyStatus>(OptionParsers.TryParsePregnancyStatus)),
    ];

    private static readonly IReadOnlyList<(string Token, BatchInputFormat Value)> InputFormats =
        [("csv", BatchInputFormat.Csv), ("jsonl", BatchInputFormat.JsonLines)];

    private static readonly IReadOnlyList<(string Token, BatchOutputFormat Value)> OutputFormats =
        [("csv", BatchOutputFormat.Csv), ("jsonl", BatchOutputFormat.JsonLines), ("json", BatchOutputFormat.JsonLines)];

    private static readonly IReadOnlyList<(string Token, char Value)> Separators = [(",", ','), (";", ';'), ("comma", ','), ("semicolon", ';')];

    public static Command Create(CommandExamples examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var command = new Command(
            "batch",
            "Check many plans from a CSV or JSON Lines file (or - for standard input): one result row per input row, in input order. " +
            "Columns are named like the plan options (id, lesion, dose, fractions, dose_per_fraction, treated, margin, margin_superior, " +
            "margin_inferior, margin_radial, ctv_levels, start, holidays, age, sex, prior, thoracic_vertebrae, lumbar_vertebrae, " +
            "alpha_beta_emh, alpha_beta_cord, pregnancy_status); the plan options below give defaults for columns a file lacks or leaves empty.");
        var input = new Argument<string>("input") { Description = "CSV or JSON Lines file with one plan per row, or - for standard input." };
        var inputFormat = OptionParsers.OptionalChoiceOption("--input-format", "Input format (default: jsonl for .jsonl/.ndjson files, else csv).", InputFormats);
        var separator = OptionParsers.OptionalChoiceOption("--separator", "CSV separator (default: detected from the header line).", Separators);
        var format = OptionParsers.ChoiceOption("--format", "Output format: csv or jsonl (json is an alias of jsonl).", OutputFormats, BatchOutputFormat.Csv);
        var output = OptionParsers.OutputFileOption("--output", "Write the results to FILE (atomically) instead of stdout.");
        var report = OptionParsers.OutputFileOption("--report", "Also write an HTML summary page to FILE: counts by status and finding code, EQD2 and PTV length histograms, the first 100 rows with a warning.");
        var failOn = OptionParsers.ChoiceOption(
            "--fail-on",
            "Exit with code 1 when any plan has a finding at or above this severity. It also sets each row's status: pass = no finding at or above it, findings = at least one (never: every valid row passes); invalid rows are invalid whatever it is.",
            CliChoices.FailOn,
            FailOnThreshold.Warning);
        var sections = OptionParsers.TextOption(
            "--sections",
            "JSON Lines only: the sections of each row, comma-separated: summary, volumes, dose, schedule, reirradiation, findings, finding-codes (findings without messages), literature, or all (default); -NAME removes one (all,-literature).",
            "LIST");
        var ignoreUnknown = new Option<bool>("--ignore-unknown-columns") { Description = "Ignore columns EmhRt does not know instead of refusing the file." };
        var quiet = new Option<bool>("--quiet") { Description = "No progress line and no summary on stderr." };
        var protocol = OptionParsers.ExistingFileOption("--protocol", "Institutional protocol JSON file (default: the embedded EMH protocol).");
        var treatmentDays = OptionParsers.TextOption("--treatment-days", "Weekdays with treatment for every row, e.g. Mon-Fri (default).", "LIST");
        var holiday = OptionParsers.RepeatableDateOption("--holiday", "Default for the column holidays: a day without treatment, yyyy-MM-dd (repeat for more days).");
        var holidaysFile = OptionParsers.ExistingFileOption("--holidays-file", "Default for the column holidays: a file with one date per line (# comments).");
        var prior = OptionParsers.RepeatableTextOption("--prior", "Default for the column prior: an earlier course, e.g. 30Gy/15@2023-01-10:T3-T8 (repeat for more).", "COURSE");
        var defaults = DefaultOptions.Select(d => (Option: OptionParsers.TextOption(d.Option, $"Default for the column {BatchColumns.GetName(d.Column)}.", "VALUE"), d.Column, d.Check)).ToArray();

        command.Add(input);
        foreach (var option in new Option[] { inputFormat, separator, format, sections, output, report, failOn, ignoreUnknown, quiet, protocol, treatmentDays })
        {
            command.Add(option);
        }

        foreach (var (option, _, _) in defaults)
        {
            command.Add(option);
        }

        command.Add(holiday);
        command.Add(holidaysFile);
        command.Add(prior);

        command.SetAction(parseResult =>
        {
            var io = CliApp.GetIO(parseResult);
            var errors = new List<string>();
            var columnDefaults = BatchDefaults.None;
            foreach (var (option, column, check) in defaults)
            {
                if (parseResult.GetValue(option) is not { } text)
                {
                    continue;
                }

                if (check is not null && !check(text, out _, out var message))
                {
                    errors.Add($"{option.Name}: {message}");
                }

                columnDefaults = columnDefaults.With(column, text);
            }

            var holidayDates = (parseResult.GetValue(holiday) ?? []).ToList();
            if (parseResult.GetValue(holidaysFile) is { } holidaysPath)
            {
                CommandFiles.ReadHolidays(holidaysPath, holidayDates, errors);
            }

            if (holidayDates.Count > 0)
            {
                columnDefaults = columnDefaults.With(BatchColumn.Holidays, string.Join(';', holidayDates.Distinct().Order().Select(Scheduling.IsoDate.Format)));
            }

            if (parseResult.GetValue(prior) is { Length: > 0 } priors)
            {
                if (Array.Find(priors, p => p.Contains('|', StringComparison.Ordinal)) is { } bad)
                {
                    errors.Add($"--prior: '{bad}' holds '|', which separates courses in a batch cell; give one course per --prior");
                }

                columnDefaults = columnDefaults.With(BatchColumn.Prior, string.Join('|', priors));
            }

            var assessor = CommandFiles.LoadAssessor(parseResult.GetValue(protocol), errors);

            var days = parseResult.GetValue(treatmentDays);
            if (days is not null && !Scheduling.TreatmentDays.Parse(days).Success)
            {
                errors.Add($"--treatment-days: {Scheduling.TreatmentDays.Parse(days).Error}");
            }

            var outputFormat = parseResult.GetValue(format) ?? BatchOutputFormat.Csv;
            var jsonSections = Reporting.PlanJsonSections.All;
            if (parseResult.GetValue(sections) is { } sectionList)
            {
                var parsedSections = Reporting.PlanJsonSectionList.Parse(sectionList);
                if (!parsedSections.Success)
                {
                    errors.Add($"--sections: {parsedSections.Error}");
                }
                else if (outputFormat != BatchOutputFormat.JsonLines)
                {
                    errors.Add("--sections: chooses the sections of JSON Lines rows; the CSV columns are fixed: add --format jsonl, or leave --sections out");
                }
                else
                {
                    jsonSections = parsedSections.Value;
                }
            }

            var inputPath = parseResult.GetValue(input)!;
            if (inputPath != "-" && !File.Exists(inputPath))
            {
                errors.Add(Directory.Exists(inputPath)
                    ? $"input: '{inputPath}' is a directory, not a file"
                    : $"input: file '{inputPath}' does not exist");
            }

            var outputPath = parseResult.GetValue(output);
            if (outputPath is not null && outputPath != "-"
                && Path.GetDirectoryName(Path.GetFullPath(outputPath)) is { Length: > 0 } outputDirectory
                && !Directory.Exists(outputDirectory))
            {
                errors.Add($"--output: cannot write '{outputPath}': directory '{outputDirectory}' does not exist");
            }

            var reportPath = parseResult.GetValue(report);
            if (reportPath == "-")
            {
                errors.Add("--report: give a file name (the summary page is not written to standard output)");
            }
            else if (reportPath is not null
                && Path.GetDirectoryName(Path.GetFullPath(reportPath)) is { Length: > 0 } reportDirectory
                && !Directory.Exists(reportDirectory))
            {
                errors.Add($"--report: cannot write '{reportPath}': directory '{reportDirectory}' does not exist");
            }

            if (outputPath is not null && outputPath != "-" && inputPath != "-" && File.Exists(inputPath) && OutputFile.SameFile(inputPath, outputPath))
            {
                errors.Add($"--output: '{outputPath}' is the input file: the results would replace the plans; write them to another file");
            }

            if (errors.Count > 0)
            {
                errors.ForEach(e => io.Error.WriteLine("error: " + TextEscaping.Escape(e)));
                return ExitCodes.InvalidInput;
            }

            var failOnSeverity = PlanCommandInput.ToSeverity(parseResult.GetValue(failOn) ?? FailOnThreshold.Warning);
            var processor = new PlanBatchProcessor(assessor, PlanCommand.Tool, failOnSeverity, days, jsonSections);
            var options = new BatchOptions
            {
                IgnoreUnknownColumns = parseResult.GetValue(ignoreUnknown),
                Defaults = columnDefaults,
                FailOnSeverityRank = failOnSeverity is { } s ? (int)s : null,
                Observer = reportPath is null ? null : new BatchSummarySink(),
            };
            var inFormat = parseResult.GetValue(inputFormat) ?? GuessFormat(inputPath);
            var batchInput = inputPath == "-"
                ? (io.OpenInputStream is { } openStream
                    ? BatchInput.FromStream(openStream(), inFormat, parseResult.GetValue(separator))
                    : BatchInput.FromReader(io.OpenInput(), inFormat, parseResult.GetValue(separator)))
                : BatchInput.FromFile(inputPath, inFormat, parseResult.GetValue(separator));
            var batchOutput = outputPath is null || outputPath == "-"
                ? BatchOutput.ToWriter(io.Output, outputFormat)
                : BatchOutput.ToFile(outputPath, outputFormat);
            var isQuiet = parseResult.GetValue(quiet);
            var started = DateTimeOffset.UtcNow;
            var summary = new BatchEngine(processor, options).Run(batchInput, batchOutput, TerminalBatchProgress.ForConsole(isQuiet, batchInput)) with
            {
                FailOn = failOnSeverity is { } threshold ? Findings.SeverityText.Format(threshold) : "never",
            };
            if (reportPath is not null && summary.FatalError is null && options.Observer is BatchSummarySink collected)
            {
                var page = collected.Summary.ToHtml(PlanCommand.Tool, inputPath == "-" ? "standard input" : Path.GetFileName(inputPath), new DateTimeOffset(started.Ticks - (started.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero));
                AtomicFile.WriteAllText(reportPath, page);
            }

            if (!isQuiet || summary.FatalError is not null)
            {
                io.Error.WriteLine(summary.ToString());
            }

            return summary.ExitCode;
        });
        examples.Set(
            command,
            "emhrt batch plans.csv --output results.csv",
            "emhrt batch plans.jsonl --format jsonl --fail-on never",
            "emhrt batch plans.csv --output results.csv --report summary.html",
            "emhrt batch plans.csv --format jsonl --sections summary,dose,finding-codes",
            "emhrt batch - --margin 10 --sex female < plans.csv");
        return command;
    }

    private static BatchInputFormat GuessFormat(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)
            ? BatchInputFormat.JsonLines
            : BatchInputFormat.Csv;

    private static OptionParsers.TryParser<string> Check<T>(OptionParsers.TryParser<T> parse) =>
        (string? text, out string value, out string? error) =>
        {
            value = text ?? string.Empty;
            return parse(text, out _, out error);
        };
}
