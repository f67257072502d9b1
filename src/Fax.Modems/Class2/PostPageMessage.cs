namespace Groupus.Fax.Modems.Class2;

/// <summary>What follows a page (T.30 post-page message), as +FET values.</summary>
public enum PostPageMessage
{
    /// <summary>MPS: another page follows with the same parameters.</summary>
    MultiPage = 0,

    /// <summary>EOM: end of message; another page follows after a return to phase B.</summary>
    EndOfMessage = 1,

    /// <summary>EOP: end of procedure; the last page.</summary>
    EndOfProcedure = 2,
}
