#include "text/porter_stem.h"

#include <string>

namespace stratos {
namespace {

// Written from the published description of the algorithm (M. F. Porter, "An
// algorithm for suffix stripping", 1980). b[0..k] is the word being stemmed.
class Stemmer
{
public:
    explicit Stemmer(std::string w) : b(std::move(w)), k(int(b.size()) - 1) {}

    std::string run()
    {
        if (k <= 1)
            return b;
        step1ab();
        if (k > 0) {
            step1c();
            step2();
            step3();
            step4();
            step5();
        }
        return b.substr(0, size_t(k + 1));
    }

private:
    std::string b;
    int k = 0, j = 0;

    bool cons(int i) const
    {
        switch (b[size_t(i)]) {
        case 'a': case 'e': case 'i': case 'o': case 'u': return false;
        case 'y': return i == 0 ? true : !cons(i - 1);
        default: return true;
        }
    }
    // The number of consonant-vowel sequences in b[0..j].
    int m() const
    {
        int n = 0, i = 0;
        while (true) {
            if (i > j)
                return n;
            if (!cons(i))
                break;
            ++i;
        }
        ++i;
        while (true) {
            while (true) {
                if (i > j)
                    return n;
                if (cons(i))
                    break;
                ++i;
            }
            ++i;
            ++n;
            while (true) {
                if (i > j)
                    return n;
                if (!cons(i))
                    break;
                ++i;
            }
            ++i;
        }
    }
    bool vowelInStem() const
    {
        for (int i = 0; i <= j; ++i)
            if (!cons(i))
                return true;
        return false;
    }
    bool doubleC(int i) const { return i >= 1 && b[size_t(i)] == b[size_t(i - 1)] && cons(i); }
    // consonant-vowel-consonant ending at i, the last not w, x or y ("hop", not "snow").
    bool cvc(int i) const
    {
        if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2))
            return false;
        const char ch = b[size_t(i)];
        return ch != 'w' && ch != 'x' && ch != 'y';
    }
    bool ends(const char *s)
    {
        const int len = int(std::char_traits<char>::length(s));
        if (len > k + 1 || b.compare(size_t(k - len + 1), size_t(len), s) != 0)
            return false;
        j = k - len;
        return true;
    }
    void setTo(const char *s)
    {
        const int len = int(std::char_traits<char>::length(s));
        b.replace(size_t(j + 1), size_t(k - j), s);
        k = j + len;
    }
    void r(const char *s)
    {
        if (m() > 0)
            setTo(s);
    }

    void step1ab()
    {
        if (b[size_t(k)] == 's') {
            if (ends("sses"))
                k -= 2;
            else if (ends("ies"))
                setTo("i");
            else if (b[size_t(k - 1)] != 's')
                --k;
        }
        if (ends("eed")) {
            if (m() > 0)
                --k;
        } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
            k = j;
            b.resize(size_t(k + 1));
            if (ends("at"))
                setTo("ate");
            else if (ends("bl"))
                setTo("ble");
            else if (ends("iz"))
                setTo("ize");
            else if (doubleC(k)) {
                --k;
                const char ch = b[size_t(k)];
                if (ch == 'l' || ch == 's' || ch == 'z')
                    ++k;
            } else if (m() == 1 && cvc(k)) {
                j = k;
                setTo("e");
            }
        }
        b.resize(size_t(k + 1));
    }
    void step1c()
    {
        if (ends("y") && vowelInStem())
            b[size_t(k)] = 'i';
    }
    void step2()
    {
        if (k < 1)
            return;
        switch (b[size_t(k - 1)]) {
        case 'a':
            if (ends("ational")) { r("ate"); break; }
            if (ends("tional")) { r("tion"); break; }
            break;
        case 'c':
            if (ends("enci")) { r("ence"); break; }
            if (ends("anci")) { r("ance"); break; }
            break;
        case 'e':
            if (ends("izer")) { r("ize"); break; }
            break;
        case 'l':
            if (ends("bli")) { r("ble"); break; }
            if (ends("alli")) { r("al"); break; }
            if (ends("entli")) { r("ent"); break; }
            if (ends("eli")) { r("e"); break; }
            if (ends("ousli")) { r("ous"); break; }
            break;
        case 'o':
            if (ends("ization")) { r("ize"); break; }
            if (ends("ation")) { r("ate"); break; }
            if (ends("ator")) { r("ate"); break; }
            break;
        case 's':
            if (ends("alism")) { r("al"); break; }
            if (ends("iveness")) { r("ive"); break; }
            if (ends("fulness")) { r("ful"); break; }
            if (ends("ousness")) { r("ous"); break; }
            break;
        case 't':
            if (ends("aliti")) { r("al"); break; }
            if (ends("iviti")) { r("ive"); break; }
            if (ends("biliti")) { r("ble"); break; }
            break;
        case 'g':
            if (ends("logi")) { r("log"); break; }
            break;
        default: break;
        }
    }
    void step3()
    {
        switch (b[size_t(k)]) {
        case 'e':
            if (ends("icate")) { r("ic"); break; }
            if (ends("ative")) { r(""); break; }
            if (ends("alize")) { r("al"); break; }
            break;
        case 'i':
            if (ends("iciti")) { r("ic"); break; }
            break;
        case 'l':
            if (ends("ical")) { r("ic"); break; }
            if (ends("ful")) { r(""); break; }
            break;
        case 's':
            if (ends("ness")) { r(""); break; }
            break;
        default: break;
        }
    }
    void step4()
    {
        if (k < 1)
            return;
        bool hit = false;
        switch (b[size_t(k - 1)]) {
        case 'a': hit = ends("al"); break;
        case 'c': hit = ends("ance") || ends("ence"); break;
        case 'e': hit = ends("er"); break;
        case 'i': hit = ends("ic"); break;
        case 'l': hit = ends("able") || ends("ible"); break;
        case 'n': hit = ends("ant") || ends("ement") || ends("ment") || ends("ent"); break;
        case 'o':
            if (ends("ion") && j >= 0 && (b[size_t(j)] == 's' || b[size_t(j)] == 't'))
                hit = true;
            else
                hit = ends("ou");
            break;
        case 's': hit = ends("ism"); break;
        case 't': hit = ends("ate") || ends("iti"); break;
        case 'u': hit = ends("ous"); break;
        case 'v': hit = ends("ive"); break;
        case 'z': hit = ends("ize"); break;
        default: break;
        }
        if (hit && m() > 1)
            k = j;
        b.resize(size_t(k + 1));
    }
    void step5()
    {
        j = k;
        if (b[size_t(k)] == 'e') {
            const int a = m();
            if (a > 1 || (a == 1 && !cvc(k - 1)))
                --k;
        }
        if (b[size_t(k)] == 'l' && doubleC(k) && m() > 1)
            --k;
        b.resize(size_t(k + 1));
    }
};

} // namespace

QString porterStem(const QString &lowerWord)
{
    if (lowerWord.size() <= 2)
        return lowerWord;
    for (const QChar c : lowerWord)
        if (c < u'a' || c > u'z')
            return lowerWord; // digits, accents, other scripts: as they are
    return QString::fromStdString(Stemmer(lowerWord.toStdString()).run());
}

} // namespace stratos
