namespace EmhRt.Cli.Batch;

/// <summary>Names of the <see cref="BatchColumn"/> values and header-name matching.</summary>
internal static class BatchColumns
{
    /// <summary>Number of known columns (the length of a per-row cell array).</summary>
    public const int Count = (int)BatchColumn.OrganDoses + 1;

    private static readonly string[] Names =
    [
        "id", "lesion", "dose", "fractions", "dose_per_fraction", "treated", "margin", "margin_superior",
        "margin_inferior", "margin_radial", "ctv_levels", "start", "holidays", "age", "sex", "prior",
        "thoracic_vertebrae", "lumbar_vertebrae", "alpha_beta_emh", "alpha_beta_cord", "pregnancy_status",
        "cord_max_dose", "organ_doses",
    ];

    /// <summary>The known column names, comma-separated, in canonical (snake_case) form.</summary>
    public static readonly string KnownNames = string.Join(", ", Names);

    /// <summary>The canonical (snake_case) name of <paramref name="column"/>.</summary>
    public static string GetName(BatchColumn column) => Names[(int)column];

    /// <summary>
    /// Matches a header name: surrounding white space ignored, case-insensitive, <c>-</c> equal to <c>_</c>.
    /// Never throws.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> header, out BatchColumn column)
    {
        header = header.Trim();
        if (header.Length is > 0 and <= 32)
        {
            Span<char> buffer = stackalloc char[header.Length];
            for (var i = 0; i < header.Length; i++)
            {
                var c = header[i];
                buffer[i] = c == '-' ? '_' : c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }

            for (var i = 0; i < Names.Length; i++)
            {
                if (buffer.SequenceEqual(Names[i]))
                {
                    column = (BatchColumn)i;
                    return true;
                }
            }
        }

        column = default;
        return false;
    }
}
