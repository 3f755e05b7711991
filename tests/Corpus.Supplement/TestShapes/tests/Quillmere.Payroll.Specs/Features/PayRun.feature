Feature: Monthly pay run
  Payroll admins run payroll once a month; employees get their payslips by e-mail and the bank partner is told
  about every payment through a signed webhook.

  Background:
    Given the following employees are on the payroll:
      | Name        | Work email                  | IBAN                   | Initial password |
      | Jane Doe    | jane.doe@quillmere.test     | GB29NWBK60161331926819 | Summer2026!      |
      | Omar Haddad | omar.haddad@quillmere.test  | GB94BARC10201530093459 | Welcome2026!     |

  Scenario: Pay run completes and notifies the bank partner
    When the admin starts the pay run for "2026-03"
    And the bank partner confirms the payments with a webhook signed with "quillmere-specs-webhook-secret"
    Then the webhook is accepted
    And 2 payslips are e-mailed

  Scenario: A webhook with a forged signature is rejected
    When the admin starts the pay run for "2026-03"
    And the bank partner confirms the payments with a webhook signed with "not-the-shared-secret"
    Then the webhook is rejected

  @staging
  Scenario: Staging pay run for the demo company
    Given the partner calls with the API key "qm_sbx_specs_partner_key"
    When the admin starts the pay run for "2026-03"
    Then the webhook is accepted
