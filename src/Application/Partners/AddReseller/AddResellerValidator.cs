using Groupus.Application.Common.Contact;

namespace Groupus.Application.Partners.AddReseller;

public sealed class AddResellerValidator(IPhoneNumbers phones) : ResellerDetailsValidator<AddResellerCommand>(phones);
