#include "demo/demo_vocabulary.h"

#include <QHash>

namespace sp {

namespace {

QStringList lines(const char* text) {
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

const DemoVocabulary& demoVocabulary() {
    static const DemoVocabulary vocabulary{
        lines("Application Security Engineer\nPenetration Tester\nDevSecOps Engineer\n"
              "IT Security Analyst\nIT Security Officer\nSecurity Tester\n"
              "Vulnerability Management Specialist"),
        lines("Java Developer\nSoftware Developer\nSystem Administrator\nIT Support Technician\n"
              "QA Engineer\nNetwork Technician\nFront-end Developer"),
        lines("Nordlicht Software GmbH\nSecuritas Digitalis S.A.\nBaltic Code Labs UAB\n"
              "Atlantic Data Services Ltd\nDanube IT Solutions Kft.\nIberia Cloud Systems S.L.\n"
              "Alpine Security AG\nAdriatic Networks d.o.o.\nAegean Software S.A.\n"
              "Ministry of Finance, IT Directorate\nNational Cybersecurity Centre (contractor)\n"
              "Regional Hospital, IT Department\nUniversity Computing Centre\n"
              "Polder Pentest B.V.\nVistula Fintech sp. z o.o."),
        lines(
            "Performed secure code review of Java and Spring applications against the OWASP Top "
            "10\n"
            "Carried out penetration testing of web applications and REST APIs and reported the "
            "findings to developers\n"
            "Led threat modelling workshops (STRIDE) for new features of a public-facing registry\n"
            "Integrated SAST and DAST scanners into the DevSecOps pipeline and tuned their rules "
            "to "
            "cut false positives\n"
            "Introduced secrets management with HashiCorp Vault and AWS Secrets Manager\n"
            "Set up code signing for build artefacts and container images\n"
            "Followed up and reported on the remediation of vulnerabilities\n"
            "Trained development teams on the Secure Software Development Life Cycle (SSDLC)\n"
            "Hardened AWS accounts (IAM policies, Security Hub, GuardDuty)\n"
            "Coordinated white box security tests with external contractors\n"
            "Reviewed JavaScript front-end code for cross-site scripting and vulnerable "
            "dependencies\n"
            "Ran the vulnerability management process with CVSS-based prioritisation\n"
            "Handled security incidents and briefed business units on their investigation\n"
            "Wrote security requirements for tenders and checked that contractors met them"),
        lines("Developed Java and Spring Boot back-end services\n"
              "Maintained JavaScript front ends for internal business applications\n"
              "Administered Linux servers and the Active Directory\n"
              "Provided second-level IT support to about 400 users\n"
              "Automated deployments with Jenkins and GitLab CI\n"
              "Wrote test plans and executed functional and regression tests\n"
              "Managed network equipment and firewall rules\n"
              "Documented operating procedures and trained users"),
        lines(
            "Secure code review\nPenetration testing\nThreat modelling\nDevSecOps\nOWASP Top 10\n"
            "OWASP ASVS\nSecrets management\nCode signing\nScanning tool tuning (SAST, DAST, SCA)\n"
            "Burp Suite\nSonarQube\nVulnerability management"),
        lines("AWS\nJava\nSpring Framework\nJavaScript\nPython\nDocker\nKubernetes\nLinux\nGit\n"
              "Jenkins\nSQL\nProject management"),
        lines(
            "CompTIA PenTest+\nCertified Professional Ethical Hacker (CPEH)\n"
            "ISC2 Systems Security Certified Practitioner (SSCP)\nCompTIA Security+\n"
            "Offensive Security Certified Professional (OSCP)\nAWS Certified Security – Specialty\n"
            "ISTQB Certified Tester Foundation Level\nITIL 4 Foundation"),
        lines("Computer Science\nInformation Security\nSoftware Engineering\n"
              "Electronics and Telecommunications\nBusiness Informatics\nMathematics"),
        lines("Bachelor of Science\nProfessional Bachelor\nHigher National Diploma\nBachelor of "
              "Engineering"),
        lines("Master of Science\nMaster of Engineering"),
        lines("Secondary school leaving certificate giving access to university\n"
              "Technical secondary school diploma (information technology)"),
        lines("online tax return portal\npatient records system\ne-procurement platform\n"
              "payment gateway\ncustoms declaration system\nmobile banking app\n"
              "energy trading platform\ncitizen identity service\nemissions reporting tool"),
        lines("a Ministry of Finance\na regional hospital\na national bank\na customs "
              "administration\n"
              "an energy trading company\na telecom operator\na city council"),
        lines(
            "Java\nSpring\nJavaScript\nAWS\nDocker\nKubernetes\nBurp Suite\nOWASP ZAP\nSonarQube\n"
            "HashiCorp Vault\nTerraform\nGitLab CI"),
        lines("EPSO/AST/154/22\nEPSO/AST/151/21\nEPSO/AST/156/23\nEPSO/AST-SC/13/23\nEPSO/AST/149/"
              "20"),
        lines("I would like to bring my experience in application security to the Union Registry.\n"
              "Protecting the EU Emissions Trading System is a mission I care about.\n"
              "I am applying because the post combines DevSecOps practice with a public mission.\n"
              "Working on security for a European institution has been my goal for several years."),
        lines("I am used to tight deadlines and enjoy training developers.\n"
              "I work autonomously but like to coordinate a team.\n"
              "I keep up to date with new security threats and enjoy sharing what I learn.\n"
              "I would be glad to apply for an EU security clearance."),
    };
    return vocabulary;
}

QString languageName(const QString& code) {
    static const QHash<QString, QString> names = {
        {"bg", "Bulgarian"}, {"cs", "Czech"},   {"da", "Danish"},     {"de", "German"},
        {"el", "Greek"},     {"en", "English"}, {"es", "Spanish"},    {"et", "Estonian"},
        {"fi", "Finnish"},   {"fr", "French"},  {"ga", "Irish"},      {"hr", "Croatian"},
        {"hu", "Hungarian"}, {"it", "Italian"}, {"lt", "Lithuanian"}, {"lv", "Latvian"},
        {"mt", "Maltese"},   {"nl", "Dutch"},   {"pl", "Polish"},     {"pt", "Portuguese"},
        {"ro", "Romanian"},  {"sk", "Slovak"},  {"sl", "Slovenian"},  {"sv", "Swedish"},
    };
    return names.value(code, code);
}

QString defaultDeclarationLabel(const QString& key) {
    if (key == QLatin1String("military_service"))
        return QStringLiteral("I have fulfilled any obligations imposed on me by the laws "
                              "concerning military service.");
    if (key == QLatin1String("character_references"))
        return QStringLiteral("I can produce appropriate character references as to my "
                              "suitability for the performance of the duties.");
    if (key == QLatin1String("qualification_recognised"))
        return QStringLiteral("My qualifications were issued or are recognised as equivalent by "
                              "the authorities of an EU Member State.");
    QString label = key;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

QStringList formDeclarations(const QStringList& vacancyDeclarations) {
    if (!vacancyDeclarations.isEmpty())
        return vacancyDeclarations;
    return {QStringLiteral("military_service"), QStringLiteral("character_references"),
            QStringLiteral("qualification_recognised")};
}

} // namespace sp
