using LiteDB;
using RegistryBot.Storage;

namespace RegistryBot.Ordering.Drafts;

/// <summary>A new billing profile as the document inside a draft or an order: the fields LiteDB's reflection mapper writes.</summary>
public static class NewBillingProfileDocument
{
    public static BsonDocument? Write(NewBillingProfile? billing) => billing is null
        ? null
        : new BsonDocument
        {
            [nameof(NewBillingProfile.Company)] = billing.Company,
            [nameof(NewBillingProfile.Email)] = billing.Email,
            [nameof(NewBillingProfile.Address)] = billing.Address,
        };

    public static NewBillingProfile Read(BsonValue value)
    {
        var document = value.AsDocument;
        var billing = new NewBillingProfile();
        billing.Company = document.Text(nameof(NewBillingProfile.Company)) ?? billing.Company;
        billing.Email = document.Text(nameof(NewBillingProfile.Email)) ?? billing.Email;
        billing.Address = document.Text(nameof(NewBillingProfile.Address)) ?? billing.Address;
        return billing;
    }
}
