#include "demo/demo_names.h"

#include <QHash>

namespace sp {

namespace {

// Lists are '|'-separated to keep the table readable. An empty female surname list means the
// surnames do not change with gender.
struct OriginRow {
    const char* country;
    const char* language;
    const char* countryName;
    const char* cities;
    const char* femaleGivenNames;
    const char* maleGivenNames;
    const char* femaleSurnames;
    const char* maleSurnames;
};

// clang-format off
const OriginRow originRows[] = {
    {"AT", "de", "Austria", "Wien|Graz|Linz", "Katharina|Sophie|Anna-Lena", "Jürgen|Lukas|Maximilian", "",
     "Gruber|Huber|Pichler|Müller|Wagner"},
    {"BE", "nl", "Belgium", "Antwerpen|Gent|Leuven", "Lotte|Ine|Elke", "Pieter|Wout|Jens", "",
     "Peeters|Janssens|De Smet|Van den Broeck|Maes"},
    {"BE", "fr", "Belgium", "Liège|Namur|Bruxelles", "Amélie|Céline|Maëlle", "Benoît|Grégoire|Loïc", "",
     "Dubois|Lambert|Dupont|Lejeune|Renard"},
    {"BG", "bg", "Bulgaria", "Sofia|Plovdiv|Varna", "Мария|Елена|Десислава", "Георги|Иван|Димитър",
     "Иванова|Петрова|Георгиева|Димитрова|Николова", "Иванов|Петров|Георгиев|Димитров|Николов"},
    {"HR", "hr", "Croatia", "Zagreb|Split|Rijeka", "Ana|Ivana|Mateja", "Luka|Tomislav|Dražen", "",
     "Horvat|Kovačević|Babić|Marić|Jurić"},
    {"CY", "el", "Cyprus", "Nicosia|Limassol|Larnaca", "Χριστίνα|Ανδρούλλα|Μαρίνα", "Ανδρέας|Κυριάκος|Σάββας",
     "", "Γεωργίου|Χαραλάμπους|Κωνσταντίνου|Ιωάννου"},
    {"CZ", "cs", "Czechia", "Praha|Brno|Ostrava", "Kateřina|Lucie|Zuzana", "Jiří|Tomáš|Ondřej",
     "Šťastná|Nováková|Dvořáková|Černá|Procházková", "Šťastný|Novák|Dvořák|Černý|Procházka"},
    {"DK", "da", "Denmark", "København|Aarhus|Odense", "Mette|Sofie|Ida", "Søren|Mikkel|Rasmus", "",
     "Jørgensen|Nielsen|Sørensen|Christensen|Møller"},
    {"EE", "et", "Estonia", "Tallinn|Tartu|Pärnu", "Kadri|Liis|Mari", "Jüri|Tõnu|Rasmus", "",
     "Tamm|Saar|Sepp|Mägi|Kask"},
    {"FI", "fi", "Finland", "Helsinki|Tampere|Oulu", "Aino|Päivi|Sanna", "Jukka|Mikko|Väinö", "",
     "Virtanen|Mäkinen|Korhonen|Hämäläinen|Nieminen"},
    {"FR", "fr", "France", "Paris|Lyon|Toulouse", "Élodie|Hélène|Camille", "François|Jérôme|Théo", "",
     "Lefèvre|Martin|Bernard|Girard|Fontaine"},
    {"DE", "de", "Germany", "Berlin|München|Köln", "Sabine|Jana|Lena", "Jürgen|Matthias|Tobias", "",
     "Müller|Schröder|Weiß|Köhler|Schmidt"},
    {"EL", "el", "Greece", "Athens|Thessaloniki|Patras", "Ελένη|Μαρία|Κατερίνα", "Γιώργος|Νικόλαος|Δημήτρης",
     "Παπαδοπούλου|Οικονόμου|Νικολάου|Καραγιάννη|Βασιλείου",
     "Παπαδόπουλος|Οικονόμου|Νικολάου|Καραγιάννης|Βασιλείου"},
    {"HU", "hu", "Hungary", "Budapest|Debrecen|Szeged", "Nóra|Zsófia|Eszter", "Gábor|László|Péter", "",
     "Kovács|Szabó|Tóth|Nagy|Horváth"},
    {"IE", "en", "Ireland", "Dublin|Cork|Limerick", "Siobhan|Niamh|Claire", "Conor|Patrick|Cian", "",
     "Murphy|O'Brien|Walsh|Byrne|Kelly"},
    {"IE", "ga", "Ireland", "Galway|Gaoth Dobhair|An Daingean", "Siobhán|Aoife|Máire", "Seán|Pádraig|Ciarán",
     "Ní Shúilleabháin|Ní Bhriain|Nic Dhonncha|Ní Fhlaithearta",
     "Ó Súilleabháin|Ó Briain|Mac Donncha|Ó Flaithearta"},
    {"IT", "it", "Italy", "Roma|Milano|Bologna", "Chiara|Giulia|Francesca", "Niccolò|Lorenzo|Matteo", "",
     "Rossi|Ferrari|Esposito|De Luca|Romano"},
    {"LV", "lv", "Latvia", "Rīga|Daugavpils|Liepāja", "Līga|Ilze|Dace", "Jānis|Māris|Kārlis",
     "Bērziņa|Kalniņa|Ozola|Liepiņa", "Bērziņš|Kalniņš|Ozols|Liepiņš"},
    {"LT", "lt", "Lithuania", "Vilnius|Kaunas|Klaipėda", "Rūta|Eglė|Gintarė", "Žygimantas|Mindaugas|Tomas",
     "Kazlauskienė|Jankauskaitė|Petrauskienė|Žukauskaitė", "Kazlauskas|Jankauskas|Petrauskas|Žukauskas"},
    {"LU", "fr", "Luxembourg", "Luxembourg|Esch-sur-Alzette|Differdange", "Anne|Claudine|Léa", "Gilles|Marc|Luc",
     "", "Schmit|Weber|Hoffmann|Thill|Reuter"},
    {"MT", "mt", "Malta", "Valletta|Sliema|Birkirkara", "Marija|Rebekka|Doris", "Ġużeppi|Ċensu|Ġorġ", "",
     "Borg|Camilleri|Vella|Farrugia|Galea"},
    {"NL", "nl", "Netherlands", "Amsterdam|Utrecht|Den Haag", "Sanne|Femke|Anouk", "Daan|Bram|Thijs", "",
     "de Vries|van den Berg|Jansen|Bakker|van Dijk"},
    {"PL", "pl", "Poland", "Warszawa|Kraków|Gdańsk", "Małgorzata|Agnieszka|Zofia", "Łukasz|Wojciech|Paweł",
     "Łukasiewicz|Kowalska|Wiśniewska|Zielińska|Wójcik", "Łukasiewicz|Kowalski|Wiśniewski|Zieliński|Wójcik"},
    {"PT", "pt", "Portugal", "Lisboa|Porto|Coimbra", "Inês|Joana|Conceição", "João|Gonçalo|Tiago", "",
     "Ferreira|Gonçalves|Magalhães|Rodrigues|Araújo"},
    {"RO", "ro", "Romania", "București|Cluj-Napoca|Iași", "Ioana|Andreea|Ștefania", "Andrei|Mihai|Ștefan", "",
     "Popescu|Ionescu|Țurcanu|Dumitrescu|Stănescu"},
    {"SK", "sk", "Slovakia", "Bratislava|Košice|Žilina", "Lucia|Ľubica|Zuzana", "Ľuboš|Martin|Peter",
     "Kováčová|Lukáčová|Hudáková|Krajčírová", "Kováč|Lukáč|Hudák|Krajčír"},
    {"SI", "sl", "Slovenia", "Ljubljana|Maribor|Celje", "Maja|Špela|Nina", "Žiga|Matej|Gregor", "",
     "Novak|Krajnc|Kovačič|Zupančič|Potočnik"},
    {"ES", "es", "Spain", "Madrid|Barcelona|Bilbao", "María José|Lucía|Begoña", "José Luis|Íñigo|Álvaro", "",
     "García López|Fernández|Muñoz|Pérez Ibáñez|Núñez"},
    {"SE", "sv", "Sweden", "Stockholm|Göteborg|Malmö", "Åsa|Linnéa|Elin", "Björn|Anders|Oskar", "",
     "Andersson|Lindqvist|Ångström|Öberg|Johansson"},
};
// clang-format on

QStringList split(const char* list) {
    return QString::fromUtf8(list).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

// Letters that Unicode decomposition does not reduce to ASCII: Greek (ELOT 743, simplified),
// Bulgarian Cyrillic (the official Streamlined System) and a few Latin letters of EU languages.
const QHash<QChar, QString>& transliterations() {
    static const QHash<QChar, QString> table = [] {
        QHash<QChar, QString> t;
        const char* const pairs[][2] = {
            {"α", "a"},  {"β", "v"},  {"γ", "g"},   {"δ", "d"},  {"ε", "e"},  {"ζ", "z"},
            {"η", "i"},  {"θ", "th"}, {"ι", "i"},   {"κ", "k"},  {"λ", "l"},  {"μ", "m"},
            {"ν", "n"},  {"ξ", "x"},  {"ο", "o"},   {"π", "p"},  {"ρ", "r"},  {"σ", "s"},
            {"ς", "s"},  {"τ", "t"},  {"υ", "y"},   {"φ", "f"},  {"χ", "ch"}, {"ψ", "ps"},
            {"ω", "o"},  {"а", "a"},  {"б", "b"},   {"в", "v"},  {"г", "g"},  {"д", "d"},
            {"е", "e"},  {"ж", "zh"}, {"з", "z"},   {"и", "i"},  {"й", "y"},  {"к", "k"},
            {"л", "l"},  {"м", "m"},  {"н", "n"},   {"о", "o"},  {"п", "p"},  {"р", "r"},
            {"с", "s"},  {"т", "t"},  {"у", "u"},   {"ф", "f"},  {"х", "h"},  {"ц", "ts"},
            {"ч", "ch"}, {"ш", "sh"}, {"щ", "sht"}, {"ъ", "a"},  {"ь", "y"},  {"ю", "yu"},
            {"я", "ya"}, {"ł", "l"},  {"đ", "d"},   {"ħ", "h"},  {"ß", "ss"}, {"ø", "o"},
            {"æ", "ae"}, {"œ", "oe"}, {"ð", "d"},   {"þ", "th"}, {"ı", "i"},
        };
        for (const auto& pair : pairs)
            t.insert(QString::fromUtf8(pair[0]).front(), QString::fromUtf8(pair[1]));
        return t;
    }();
    return table;
}

QString withCaseOf(const QString& ascii, QChar original) {
    if (!original.isUpper() || ascii.isEmpty())
        return ascii;
    return ascii.front().toUpper() + ascii.mid(1);
}

} // namespace

const std::vector<NameOrigin>& nameOrigins() {
    static const std::vector<NameOrigin> origins = [] {
        std::vector<NameOrigin> result;
        for (const auto& row : originRows) {
            NameOrigin origin{QString::fromLatin1(row.country),   QString::fromLatin1(row.language),
                              QString::fromUtf8(row.countryName), split(row.cities),
                              split(row.femaleGivenNames),        split(row.maleGivenNames),
                              split(row.femaleSurnames),          split(row.maleSurnames)};
            if (origin.femaleSurnames.isEmpty())
                origin.femaleSurnames = origin.maleSurnames;
            result.push_back(std::move(origin));
        }
        return result;
    }();
    return origins;
}

const NameOrigin& nameOrigin(const QString& country, const QString& language) {
    for (const auto& origin : nameOrigins())
        if (origin.country == country && origin.language == language)
            return origin;
    return nameOrigins().front();
}

QString asciiTransliteration(const QString& name) {
    // й would otherwise decompose to и + breve and come out as "i".
    QString source = name;
    source.replace(QChar(0x0439), QLatin1Char('y')).replace(QChar(0x0419), QLatin1Char('Y'));

    QString bases;
    for (QChar c : source.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            bases += c;

    QString result;
    for (qsizetype i = 0; i < bases.size(); ++i) {
        const QChar c = bases.at(i);
        const QChar lower = c.toLower();
        // Greek ου is "ou", not "oy".
        if (lower == QChar(0x03BF) && i + 1 < bases.size() &&
            bases.at(i + 1).toLower() == QChar(0x03C5)) {
            result += withCaseOf(QStringLiteral("ou"), c);
            ++i;
        } else if (c.unicode() < 0x80) {
            result += c;
        } else if (auto it = transliterations().constFind(lower); it != transliterations().cend()) {
            result += withCaseOf(*it, c);
        }
    }
    return result;
}

} // namespace sp
