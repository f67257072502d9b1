namespace Groupus.Fax.Modems.Class2;

/// <summary>The receiver's verdict on a page (T.30 post-page response), as +FPS / +FPTS values.</summary>
public enum PostPageResponse
{
    /// <summary>MCF: message confirmation, page good.</summary>
    Confirmed = 1,

    /// <summary>RTN: retrain negative, page bad; retrain and send it again (or give up).</summary>
    RetrainNegative = 2,

    /// <summary>RTP: retrain positive, page good; retrain before the next one.</summary>
    RetrainPositive = 3,

    /// <summary>PIN: procedure interrupt negative.</summary>
    InterruptNegative = 4,

    /// <summary>PIP: procedure interrupt positive.</summary>
    InterruptPositive = 5,
}
