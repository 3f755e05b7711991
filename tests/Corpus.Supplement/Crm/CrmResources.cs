using SecureConnectors;

namespace Corpus.Supplement.Crm;

// Declarations only: no line here is labelled.

[Resource("contacts")]
public sealed class CrmContact
{
    [Field("id")] public string Id { get; init; } = "";
    [Field("properties.email", Select = "email", Scope = "crm.objects.contacts.read", Classification = DataClass.Personal)] public string Email { get; init; } = "";
    [Field("properties.phone", Select = "phone", Scope = "crm.objects.contacts.read", Classification = DataClass.Personal)] public string Phone { get; init; } = "";
    [Field("properties.lifecyclestage", Select = "lifecyclestage", Scope = "crm.objects.contacts.read")] public string LifecycleStage { get; init; } = "";
    [Field("properties.company_domain", Select = "company_domain", Scope = "crm.objects.contacts.read", Classification = DataClass.Public)] public string CompanyDomain { get; init; } = "";
    [Field("properties.num_notes", Select = "num_notes", Scope = "crm.objects.contacts.read")] public int NumNotes { get; init; }
    [Field("owner", Scope = "crm.objects.owners.read", Classification = DataClass.Personal)] public CrmOwner? Owner { get; init; }
}

public sealed class CrmOwner
{
    [Field("id", Classification = DataClass.Internal)] public string Id { get; init; } = "";
    [Field("email")] public string Email { get; init; } = "";
}

// Personal: Email.
[Projection(typeof(CrmContact))]
public sealed partial record ContactSyncView(string Id, string Email, string LifecycleStage);

// No personal property.
[Projection(typeof(CrmContact))]
public sealed partial record ContactStageView(string Id, string LifecycleStage, int NumNotes);
