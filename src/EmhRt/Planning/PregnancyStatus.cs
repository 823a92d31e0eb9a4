namespace EmhRt.Planning;

/// <summary>
/// What is known about a pregnancy before treatment. The default, <see cref="Unknown"/>, is what the plan assumes when
/// nothing is said: for a patient recorded female of reproductive age with a field reaching the abdomen or pelvis,
/// the assessment then asks for the status to be established (kharod2017).
/// </summary>
public enum PregnancyStatus
{
    /// <summary>Not stated (the default): nothing is assumed either way.</summary>
    Unknown = 0,

    /// <summary>Pregnancy excluded before treatment (a test within 14 days before the start was counted as accurate by kharod2017).</summary>
    Negative = 1,

    /// <summary>The patient is pregnant: fetal dose threshold 0.1-0.2 Gy (lancetoncol2005, icrp84).</summary>
    Pregnant = 2,
}
