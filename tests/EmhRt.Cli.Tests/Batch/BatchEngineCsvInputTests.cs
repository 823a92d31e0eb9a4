using EmhRt.Cli.Batch;

namespace EmhRt.Cli.Tests.Batch;

public class BatchEngineCsvInputTests
{
    [Fact]
    public void Quoted_fields_with_commas_and_newlines_keep_the_line_where_the_record_starts()
    {
        var (summary, output) = BatchRun.Csv("id,lesion,dose\na,T5-T8,10\n\"b,c\",\"T5-T10\nand L3-S1\",12\nd,T2-S1,14\n");
        Assert.Equal(0, summary.ExitCode);
        Assert.Equal(3, summary.RowsRead);
        Assert.Equal(
            BatchRun.Header + "\n" +
            "2,a,pass,,,T5-T8,,,10,,,,,,,,,,,,,,,,,,,,,,\n" +
            "3,\"b,c\",pass,,,\"T5-T10\nand L3-S1\",,,12,,,,,,,,,,,,,,,,,,,,,,\n" +
            "5,d,pass,,,T2-S1,,,14,,,,,,,,,,,,,,,,,,,,,,\n",
            output);
    }

    [Fact]
    public void Blank_lines_are_skipped_but_counted_in_line_numbers()
    {
        var (_, output) = BatchRun.Csv("id,dose\n\na,10\n\n\nb,11\n");
        var lines = BatchRun.Lines(output);
        Assert.StartsWith("3,a,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("6,b,", lines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_byte_order_mark_is_not_part_of_the_first_header(bool bom)
    {
        var (summary, output) = BatchRun.Run(BatchRun.Utf8("id,dose\nä,10\n", bom), null, BatchOutputFormat.Csv, null);
        Assert.Equal(0, summary.ExitCode);
        Assert.Equal("2,ä,pass,,,,,,10,,,,,,,,,,,,,,,,,,,,,,", BatchRun.Lines(output)[1]);
    }

    [Fact]
    public void Semicolon_separator_is_detected_from_the_header_line()
    {
        var (summary, output) = BatchRun.Csv("id;dose\na;2,5\nb;12\n");
        Assert.Equal(2, summary.RowsRead);
        var lines = BatchRun.Lines(output);
        Assert.Equal("2,a,invalid,,,,,,,,,,,,,,,,,,,,,,,,,,,,\"column dose: '2,5' is not a number\"", lines[1]);
        Assert.Equal("3,b,pass,,,,,,12,,,,,,,,,,,,,,,,,,,,,,", lines[2]);
    }

    [Fact]
    public void An_explicit_semicolon_separator_is_used()
    {
        var (summary, output) = BatchRun.Csv("id;dose\na;12\n", separator: ';');
        Assert.Equal(0, summary.ExitCode);
        Assert.Equal("2,a,pass,,,,,,12,,,,,,,,,,,,,,,,,,,,,,", BatchRun.Lines(output)[1]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    public void Empty_input_is_a_fatal_error_without_output(string input)
    {
        var (summary, output) = BatchRun.Csv(input);
        Assert.Equal(2, summary.ExitCode);
        Assert.Equal("input is empty: expected a header row", summary.FatalError);
        Assert.Equal("error: input is empty: expected a header row", summary.ToString());
        Assert.Equal("", output);
    }

    [Fact]
    public void Header_only_gives_no_rows_a_header_only_output_and_exit_code_0()
    {
        var (summary, output) = BatchRun.Csv("id,dose\n");
        Assert.Equal(0, summary.ExitCode);
        Assert.Equal(0, summary.RowsRead);
        Assert.Null(summary.FatalError);
        Assert.Equal(BatchRun.Header + "\n", output);
    }

    [Fact]
    public void Unknown_columns_are_a_fatal_error_listing_the_known_columns()
    {
        var (summary, output) = BatchRun.Csv("id,dose,colour,weight\na,10,red,3\n");
        Assert.Equal(2, summary.ExitCode);
        Assert.Equal("", output);
        Assert.StartsWith("unknown columns 'colour', 'weight' in the header (line 1); known columns: id, lesion, dose, fractions, dose_per_fraction, treated,", summary.FatalError, StringComparison.Ordinal);
        Assert.Contains("alpha_beta_emh, alpha_beta_cord", summary.FatalError, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_columns_can_be_ignored()
    {
        var (summary, output) = BatchRun.Csv("colour,id,dose\nred,a,10\n", new BatchOptions { IgnoreUnknownColumns = true });
        Assert.Equal(0, summary.ExitCode);
        Assert.Equal("2,a,pass,,,,,,10,,,,,,,,,,,,,,,,,,,,,,", BatchRun.Lines(output)[1]);
    }

    [Theory]
    [InlineData("id,dose,DOSE", "duplicate column 'dose' in the header (line 1): columns 2 and 3")]
    [InlineData("Dose-Per-Fraction,id,dose_per_fraction", "duplicate column 'dose_per_fraction' in the header (line 1): columns 1 and 3")]
    public void Duplicate_columns_are_a_fatal_error(string header, string message)
    {
        var (summary, _) = BatchRun.Csv(header + "\n1,2,3\n");
        Assert.Equal(2, summary.ExitCode);
        Assert.Equal(message, summary.FatalError);
    }

    [Theory]
    [InlineData("ID", "id")]
    [InlineData(" Dose-Per-Fraction ", "dose_per_fraction")]
    [InlineData("margin_SUPERIOR", "margin_superior")]
    [InlineData("alpha-beta-cord", "alpha_beta_cord")]
    [InlineData("ctv_levels", "ctv_levels")]
    public void Header_names_match_case_insensitively_with_dash_or_underscore(string header, string expected)
    {
        Assert.True(BatchColumns.TryParse(header, out var column));
        Assert.Equal(expected, BatchColumns.GetName(column));
    }

    [Theory]
    [InlineData("")]
    [InlineData("dose per fraction")]
    [InlineData("dosage")]
    public void Other_header_names_do_not_match(string header) => Assert.False(BatchColumns.TryParse(header, out _));

    [Fact]
    public void Rows_with_too_many_or_too_few_fields_are_invalid_and_do_not_affect_other_rows()
    {
        var (summary, output) = BatchRun.Csv("id,dose\na,10\nb,2,5\nc\nd,11\n");
        Assert.Equal(2, summary.ExitCode);
        Assert.Equal(4, summary.RowsRead);
        Assert.Equal(2, summary.Invalid);
        var lines = BatchRun.Lines(output);
        Assert.Equal("2,a,pass,,,,,,10,,,,,,,,,,,,,,,,,,,,,,", lines[1]);
        Assert.Equal("3,b,invalid,,,,,,,,,,,,,,,,,,,,,,,,,,,,row has 3 fields but the header has 2 (quote a value that contains the separator)", lines[2]);
        Assert.Equal("4,c,invalid,,,,,,,,,,,,,,,,,,,,,,,,,,,,row has 1 field but the header has 2 (quote a value that contains the separator)", lines[3]);
        Assert.Equal("5,d,pass,,,,,,11,,,,,,,,,,,,,,,,,,,,,,", lines[4]);
    }

    [Fact]
    public void An_unterminated_quote_emits_the_rows_before_it_and_one_invalid_row_at_its_start_line()
    {
        var (summary, output) = BatchRun.Csv("id,dose\na,10\nb,\"11\nc,12\nd,13\n");
        Assert.Equal(2, summary.ExitCode);
        Assert.Equal(2, summary.RowsRead);
        var lines = output.Split('\n');
        Assert.Equal("2,a,pass,,,,,,10,,,,,,,,,,,,,,,,,,,,,,", lines[1]);
        Assert.Equal("3,,invalid,,,,,,,,,,,,,,,,,,,,,,,,,,,,malformed CSV: a quoted field starting on line 3 is never closed; the input from line 3 to the end was not read", lines[2]);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public void A_stray_quote_makes_only_its_row_invalid()
    {
        var (summary, output) = BatchRun.Csv("id,dose\na,1\"0\nb,11\n");
        Assert.Equal(2, summary.RowsRead);
        var lines = BatchRun.Lines(output);
        Assert.Contains("2,a,invalid,", lines[1], StringComparison.Ordinal);
        Assert.Contains("malformed CSV: a quote inside an unquoted field", lines[1], StringComparison.Ordinal);
        Assert.Equal("3,b,pass,,,,,,11,,,,,,,,,,,,,,,,,,,,,,", lines[2]);
    }

    [Fact]
    public void Empty_and_blank_cells_are_not_given_and_take_the_default()
    {
        var options = new BatchOptions { Defaults = BatchDefaults.None.With(BatchColumn.Dose, "8").With(BatchColumn.Fractions, "1") };
        var (_, output) = BatchRun.Csv("id,dose\na,\nb,  \nc,12\n", options);
        var lines = BatchRun.Lines(output);
        Assert.Equal("2,a,pass,,,,,,8,1,,,,,,,,,,,,,,,,,,,,,", lines[1]);
        Assert.Equal("3,b,pass,,,,,,8,1,,,,,,,,,,,,,,,,,,,,,", lines[2]);
        Assert.Equal("4,c,pass,,,,,,12,1,,,,,,,,,,,,,,,,,,,,,", lines[3]);
    }

    [Fact]
    public void Without_a_default_an_empty_cell_reaches_the_processor_as_not_given()
    {
        var (_, output) = BatchRun.Csv("id,dose\na,\n");
        Assert.Equal("2,a,invalid,,,,,,,,,,,,,,,,,,,,,,,,,,,,column dose: not given", BatchRun.Lines(output)[1]);
    }

    [Fact]
    public void Standard_input_as_a_stream_is_read_like_a_file()
    {
        var (summary, output) = BatchRun.Run(BatchRun.Utf8("id,dose\na,10\n", bom: false), new BatchOptions(), BatchOutputFormat.Csv, null);
        Assert.Equal(1, summary.RowsRead);
        Assert.Equal("2,a,pass,,,,,,10,,,,,,,,,,,,,,,,,,,,,,", BatchRun.Lines(output)[1]);
    }
}
