namespace Groupus.Infrastructure.Communications.Mail;

/// <summary>Every recipient of an attempt was refused at RCPT: the data is not sent.</summary>
internal sealed class NoRecipientAcceptedException() : Exception("The mail server accepted none of the recipients.");
