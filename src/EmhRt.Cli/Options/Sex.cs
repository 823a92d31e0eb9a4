namespace EmhRt.Cli;

/// <summary>Patient sex as given with <c>--sex female|male</c>; the lead maps it to the library's type.</summary>
internal enum Sex
{
    /// <summary><c>female</c></summary>
    Female,

    /// <summary><c>male</c></summary>
    Male,
}
