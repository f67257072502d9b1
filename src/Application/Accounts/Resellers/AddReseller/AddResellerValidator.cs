using Groupus.Application.Common.Contact;

namespace Groupus.Application.Accounts.Resellers.AddReseller;

public sealed class AddResellerValidator(IPhoneNumbers phones) : ResellerDetailsValidator<AddResellerCommand>(phones);
