using Groupus.FaxGateway.Imaging;

namespace Groupus.FaxGateway.Lines;

/// <summary>
/// One page of a call. A sender reports each page once, with its final verdict; a receiver reports every copy it
/// received (a copy it refused, then the copy resent), with the image it decoded in <see cref="Image"/>.
/// </summary>
/// <param name="PageNumber">1-based.</param>
/// <param name="Accepted">Confirmed by MCF/RTP (sender) or kept (receiver).</param>
/// <param name="Verdict">The post-page response: MCF, RTP, RTN, PIP or PIN.</param>
/// <param name="Retries">Copies of this page refused before this result (sender).</param>
public sealed record FaxPageReport(
    int PageNumber,
    bool Accepted,
    string Verdict,
    FaxSessionParameters Parameters,
    int Rows,
    int BadRows,
    int Retries,
    FaxPage? Image);
