//! The four-hundred-and-thirty-fourth aside part: written after the hundred-and-ninetieth round,
//! before any change, on lures in English aimed at school staff (a password expiring today, an
//! invoice to remit, a shared payroll file, search rankings).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_434: &[Case] = &[
    case(
        "spam",
        "a password expiring today",
        "From: Microsoft 365 <no-reply@m365-account-alerts.example>\nSubject: Your password expires today",
        "Dear user,\nYour Microsoft 365 password expires today. Keep your current password by \
         clicking the link below:\nhttps://m365-account-alerts.example/keep",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "an invoice to remit",
        "From: Accounts <accounts@global-edu-supplies.example>\nSubject: Invoice 4471 - payment overdue",
        "Hello,\nPlease find attached invoice 4471, which is now 30 days overdue. Kindly remit \
         payment today to avoid late fees.\nAccounts team",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a payroll file shared",
        "From: HR Department <hr@staff-portal-docs.example>\nSubject: Salary review 2027 shared with you",
        "Hello,\nHR has shared a document with you: Salary review 2027.xlsx. Sign in with your \
         school account to view it.\nhttps://staff-portal-docs.example/view",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "search rankings",
        "From: Growth Team <growth@rank-first-seo.example>\nSubject: Your school website is invisible on Google",
        "Hi,\nI noticed your school's website does not appear on the first page of Google. We can \
         fix that in 30 days. Can I send you a free audit?\nBest, Growth Team",
        Spam,
        None,
        None,
    ),
];
