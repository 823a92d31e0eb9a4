namespace EmhRt.Literature;

/// <summary>Sex of a published patient as the source reports it ("Man"/"Woman" in <c>cailleteau2023</c> Table 1).</summary>
public enum ReportedSex
{
    /// <summary>Male.</summary>
    Male = 1,

    /// <summary>Female.</summary>
    Female = 2,
}
