using SecureConnectors;

namespace Tallyroll.PayrollApi.Payruns;

// Declarations only (no labels): a Ketterly worker and the projections the payrun code keeps of it.

[Resource("workers")]
public sealed class KetterlyWorker
{
    [Field("id")] public string Id { get; init; } = "";
    [Field("legal_name", Scope = "workers:read", Classification = DataClass.Personal)] public string LegalName { get; init; } = "";
    [Field("work_email", Scope = "workers:read", Classification = DataClass.Personal)] public string WorkEmail { get; init; } = "";
    [Field("tax_id", Scope = "workers.tax:read", Classification = DataClass.Restricted)] public string TaxId { get; init; } = "";
    [Field("pay_group", Scope = "workers:read")] public string PayGroup { get; init; } = "";
    [Field("country", Scope = "workers:read", Classification = DataClass.Public)] public string Country { get; init; } = "";
    [Field("net_pay", Scope = "payruns:read", Classification = DataClass.Restricted)] public decimal NetPay { get; init; }
    [Field("bank_account", Scope = "workers.bank:read", Classification = DataClass.Restricted)] public WorkerBankAccount? BankAccount { get; init; }
}

// Nested object of a worker: its fields inherit Restricted from bank_account unless they declare their own.
public sealed class WorkerBankAccount
{
    [Field("iban")] public string Iban { get; init; } = "";
    [Field("bank_name", Classification = DataClass.Public)] public string BankName { get; init; } = "";
    [Field("last4", Classification = DataClass.Internal)] public string Last4 { get; init; } = "";
}

// Has a personal property (WorkEmail): the record's generated ToString prints it.
[Projection(typeof(KetterlyWorker))]
public sealed partial record PayslipRecipient(string Id, string WorkEmail, string PayGroup);

// No personal property: Id and PayGroup (Internal), Country (Public).
[Projection(typeof(KetterlyWorker))]
public sealed partial record PayGroupMember(string Id, string PayGroup, string Country);

// A projection class: its ToString is object's, the type name.
[Projection(typeof(KetterlyWorker))]
public sealed partial class TaxFilingView
{
    public string Id { get; init; } = "";

    public string TaxId { get; init; } = "";
}
