<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>AccessPayload</name>
    <message>
        <source>a link names another patient id and whether it links or unlinks</source>
            <translation>एक लिंक किसी दूसरे रोगी की आईडी बताता है और यह कि वह जोड़ता है या अलग करता है</translation>
    </message>
    <message>
        <source>emergency access lasts 1 to 1440 minutes</source>
            <translation>आपातकालीन पहुँच 1 से 1440 मिनट तक रहती है</translation>
    </message>
    <message>
        <source>payload field &apos;%1&apos; must be a text of at most %2 characters</source>
            <translation>पेलोड फ़ील्ड &apos;%1&apos; अधिकतम %2 अक्षरों का पाठ होना चाहिए</translation>
    </message>
    <message>
        <source>payload is not a JSON object</source>
            <translation>पेलोड JSON ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <source>payload must have exactly the fields %1</source>
            <translation>पेलोड में ठीक ये फ़ील्ड होने चाहिए: %1</translation>
    </message>
    <message>
        <source>unknown amendment action</source>
            <translation>अज्ञात संशोधन क्रिया</translation>
    </message>
    <message>
        <source>unknown chart access purpose</source>
            <translation>चार्ट तक पहुँच का अज्ञात उद्देश्य</translation>
    </message>
</context>
<context>
    <name>AccessReportDocument</name>
    <message>
        <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not sealed yet: this node waits for its own chain after a restore)</source>
            <translation>%1 (अभी सील नहीं: यह नोड पुनर्स्थापना के बाद अपनी श्रृंखला की प्रतीक्षा कर रहा है)</translation>
    </message>
    <message numerus="yes">
        <source>%n access(es), newest first; break-glass accesses in bold.</source>
            <translation>
                <numerusform>%n पहुँच, नवीनतम पहले; ब्रेक-ग्लास पहुँच मोटे अक्षरों में।</numerusform>
                <numerusform>%n पहुँच, नवीनतम पहले; ब्रेक-ग्लास पहुँच मोटे अक्षरों में।</numerusform>
            </translation>
    </message>
    <message>
        <source>Access report</source>
            <translation>पहुँच रिपोर्ट</translation>
    </message>
    <message>
        <source>BREAK-GLASS: %1</source>
            <translation>ब्रेक-ग्लास: %1</translation>
    </message>
    <message>
        <source>Break-glass: %1.</source>
            <translation>ब्रेक-ग्लास: %1।</translation>
    </message>
    <message>
        <source>Clinic</source>
            <translation>क्लिनिक</translation>
    </message>
    <message>
        <source>What</source>
            <translation>क्या</translation>
    </message>
    <message>
        <source>When</source>
            <translation>कब</translation>
    </message>
    <message>
        <source>Who</source>
            <translation>कौन</translation>
    </message>
    <message>
        <source>Who opened this record</source>
            <translation>यह रिकॉर्ड किसने खोला</translation>
    </message>
    <message>
        <source>Written by %1 at %2 on %3 from the signed ledger of this node; writing it is itself recorded as an access. Accesses at other clinics appear once their nodes have synced.</source>
            <translation>%1 द्वारा %2 में %3 को इस नोड के हस्ताक्षरित लेजर से लिखा गया; इसे लिखना भी एक पहुँच के रूप में दर्ज है। अन्य क्लिनिकों की पहुँच उनके नोड सिंक होने पर दिखती है।</translation>
    </message>
    <message>
        <source>born %1</source>
            <translation>जन्म %1</translation>
    </message>
    <message>
        <source>exported the record</source>
            <translation>रिकॉर्ड निर्यात किया</translation>
    </message>
    <message>
        <source>issued an emergency card</source>
            <translation>आपातकालीन कार्ड जारी किया</translation>
    </message>
    <message>
        <source>opened the chart</source>
            <translation>चार्ट खोला</translation>
    </message>
    <message>
        <source>opened the emergency summary</source>
            <translation>आपातकालीन सारांश खोला</translation>
    </message>
    <message>
        <source>patient id %1</source>
            <translation>रोगी आईडी %1</translation>
    </message>
    <message>
        <source>wrote an access report</source>
            <translation>पहुँच रिपोर्ट लिखी</translation>
    </message>
</context>
<context>
    <name>AdminPayload</name>
    <message>
        <source>administrative payload field &apos;%1&apos; is missing or not a short string</source>
            <translation>प्रशासनिक पेलोड फ़ील्ड &apos;%1&apos; नहीं है या छोटा पाठ नहीं है</translation>
    </message>
    <message>
        <source>administrative payload field &apos;%1&apos;: %2</source>
            <translation>प्रशासनिक पेलोड फ़ील्ड &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>administrative payload has unexpected fields</source>
            <translation>प्रशासनिक पेलोड में अनपेक्षित फ़ील्ड हैं</translation>
    </message>
    <message>
        <source>administrative payload is not a JSON object</source>
            <translation>प्रशासनिक पेलोड JSON ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <source>administrative payload names an unknown role</source>
            <translation>प्रशासनिक पेलोड में अज्ञात भूमिका है</translation>
    </message>
    <message>
        <source>an enrolled user needs a name</source>
            <translation>नामांकित उपयोगकर्ता का नाम होना चाहिए</translation>
    </message>
</context>
<context>
    <name>Administration</name>
    <message>
        <source>the database could not be read: %1</source>
            <translation>डेटाबेस पढ़ा नहीं जा सका: %1</translation>
    </message>
</context>
<context>
    <name>AesGcm</name>
    <message>
        <source>an AES-256 key is 32 bytes</source>
            <translation>AES-256 कुंजी 32 बाइट की होती है</translation>
    </message>
    <message>
        <source>authentication failed: wrong key or altered data</source>
            <translation>प्रमाणीकरण विफल: गलत कुंजी या बदला हुआ डेटा</translation>
    </message>
    <message>
        <source>sealed data is too short</source>
            <translation>सील किया गया डेटा बहुत छोटा है</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>%1 is larger than %2 bytes</source>
            <translation>%1, %2 बाइट से बड़ी है</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
            <translation>%1 नहीं बनाई जा सकी: %2</translation>
    </message>
    <message>
        <source>cannot open directory %1: %2</source>
            <translation>निर्देशिका %1 नहीं खोली जा सकी: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
            <translation>%1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>cannot sync directory %1: %2</source>
            <translation>निर्देशिका %1 सिंक नहीं की जा सकी: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
            <translation>%1 लिखी नहीं जा सकी: %2</translation>
    </message>
</context>
<context>
    <name>BackupArchive</name>
    <message>
        <source>a backup key is 32 bytes</source>
            <translation>बैकअप कुंजी 32 बाइट की होती है</translation>
    </message>
    <message>
        <source>backup format version %1 is not supported by this program</source>
            <translation>बैकअप प्रारूप संस्करण %1 यह प्रोग्राम समर्थित नहीं करता</translation>
    </message>
    <message>
        <source>cannot write the backup: %1</source>
            <translation>बैकअप नहीं लिखा जा सकता: %1</translation>
    </message>
    <message>
        <source>chunk %1 of the archive is damaged (bad length)</source>
            <translation>आर्काइव का खंड %1 क्षतिग्रस्त है (गलत लंबाई)</translation>
    </message>
    <message>
        <source>chunk %1 of the archive is damaged (unknown flag)</source>
            <translation>आर्काइव का खंड %1 क्षतिग्रस्त है (अज्ञात फ़्लैग)</translation>
    </message>
    <message>
        <source>chunk %1 of the archive is damaged, missing or out of order (authentication failed)</source>
            <translation>आर्काइव का खंड %1 क्षतिग्रस्त है, गायब है या क्रम से बाहर है (प्रमाणीकरण विफल)</translation>
    </message>
    <message>
        <source>chunk size %1 in the backup header is out of bounds</source>
            <translation>बैकअप हेडर में खंड आकार %1 सीमा से बाहर है</translation>
    </message>
    <message>
        <source>chunk size %1 is out of bounds</source>
            <translation>खंड आकार %1 सीमा से बाहर है</translation>
    </message>
    <message>
        <source>not a MediLock backup (unknown file signature)</source>
            <translation>यह MediLock बैकअप नहीं है (अज्ञात फ़ाइल हस्ताक्षर)</translation>
    </message>
    <message>
        <source>not a MediLock backup: the file is shorter than a backup header</source>
            <translation>यह MediLock बैकअप नहीं है: फ़ाइल बैकअप हेडर से छोटी है</translation>
    </message>
    <message>
        <source>scrypt parameters in the backup header are out of bounds</source>
            <translation>बैकअप हेडर में scrypt पैरामीटर सीमा से बाहर हैं</translation>
    </message>
    <message>
        <source>the archive ends before its contents do</source>
            <translation>आर्काइव अपनी सामग्री से पहले ही समाप्त हो जाता है</translation>
    </message>
    <message>
        <source>the archive has bytes after its final chunk</source>
            <translation>आर्काइव में अंतिम खंड के बाद भी बाइट हैं</translation>
    </message>
    <message>
        <source>the archive has more chunks than the format allows</source>
            <translation>आर्काइव में प्रारूप की अनुमति से अधिक खंड हैं</translation>
    </message>
    <message>
        <source>the archive holds data after its end record</source>
            <translation>आर्काइव में अंत रिकॉर्ड के बाद भी डेटा है</translation>
    </message>
    <message>
        <source>the archive is truncated inside chunk %1</source>
            <translation>आर्काइव खंड %1 के भीतर कटा हुआ है</translation>
    </message>
    <message>
        <source>the archive is truncated: chunk %1 is missing</source>
            <translation>आर्काइव कटा हुआ है: खंड %1 गायब है</translation>
    </message>
    <message>
        <source>the backup header is truncated</source>
            <translation>बैकअप हेडर कटा हुआ है</translation>
    </message>
    <message>
        <source>the backup is larger than the archive format allows</source>
            <translation>बैकअप आर्काइव प्रारूप की अनुमति से बड़ा है</translation>
    </message>
    <message>
        <source>the backup passphrase is empty</source>
            <translation>बैकअप पासफ़्रेज़ खाली है</translation>
    </message>
    <message>
        <source>unknown key derivation %1 in the backup header</source>
            <translation>बैकअप हेडर में अज्ञात कुंजी व्युत्पत्ति %1</translation>
    </message>
    <message>
        <source>wrong backup passphrase (or the archive header was altered)</source>
            <translation>गलत बैकअप पासफ़्रेज़ (या आर्काइव हेडर बदला गया है)</translation>
    </message>
</context>
<context>
    <name>Block</name>
    <message>
        <source>a block holds 1 to %1 entries</source>
            <translation>एक ब्लॉक में 1 से %1 प्रविष्टियाँ होती हैं</translation>
    </message>
    <message>
        <source>a block is limited to %1 bytes</source>
            <translation>एक ब्लॉक की सीमा %1 बाइट है</translation>
    </message>
    <message>
        <source>block %1 at height %2: entries do not match the entries root</source>
            <translation>ऊँचाई %2 पर ब्लॉक %1: प्रविष्टियाँ प्रविष्टि-रूट से मेल नहीं खातीं</translation>
    </message>
    <message>
        <source>block %1 of %2 at height %3: bad origin signature</source>
            <translation>ऊँचाई %3 पर %2 का ब्लॉक %1: मूल हस्ताक्षर गलत है</translation>
    </message>
    <message>
        <source>block cumulative entry count is smaller than its own count</source>
            <translation>ब्लॉक की संचयी प्रविष्टि संख्या उसकी अपनी संख्या से कम है</translation>
    </message>
    <message>
        <source>block entry %1 truncated</source>
            <translation>ब्लॉक प्रविष्टि %1 अधूरी है</translation>
    </message>
    <message>
        <source>block entry %1: %2</source>
            <translation>ब्लॉक प्रविष्टि %1: %2</translation>
    </message>
    <message>
        <source>block entry count %1 out of bounds</source>
            <translation>ब्लॉक प्रविष्टि संख्या %1 सीमा से बाहर है</translation>
    </message>
    <message>
        <source>block has %1 unexpected bytes after its entries</source>
            <translation>ब्लॉक में प्रविष्टियों के बाद %1 अनपेक्षित बाइट हैं</translation>
    </message>
    <message>
        <source>block header has %1 bytes, expected %2</source>
            <translation>ब्लॉक हेडर में %1 बाइट हैं, अपेक्षित %2</translation>
    </message>
    <message>
        <source>block header truncated</source>
            <translation>ब्लॉक हेडर अधूरा है</translation>
    </message>
    <message>
        <source>block holds %1 entries, its header says %2</source>
            <translation>ब्लॉक में %1 प्रविष्टियाँ हैं, उसका हेडर %2 बताता है</translation>
    </message>
    <message>
        <source>block of %1 bytes exceeds the limit</source>
            <translation>%1 बाइट का ब्लॉक सीमा से बड़ा है</translation>
    </message>
    <message>
        <source>block previous hash must be zero exactly at height 0</source>
            <translation>ब्लॉक का पिछला हैश ठीक ऊँचाई 0 पर ही शून्य होना चाहिए</translation>
    </message>
    <message>
        <source>block signature has %1 bytes</source>
            <translation>ब्लॉक हस्ताक्षर में %1 बाइट हैं</translation>
    </message>
    <message>
        <source>block truncated</source>
            <translation>ब्लॉक अधूरा है</translation>
    </message>
    <message>
        <source>entry %1 (position %2 in block at height %3): bad signature</source>
            <translation>प्रविष्टि %1 (ऊँचाई %3 के ब्लॉक में स्थान %2): हस्ताक्षर गलत है</translation>
    </message>
    <message>
        <source>first block&apos;s cumulative count must equal its entry count</source>
            <translation>पहले ब्लॉक की संचयी संख्या उसकी प्रविष्टि संख्या के बराबर होनी चाहिए</translation>
    </message>
    <message>
        <source>unknown block version %1</source>
            <translation>अज्ञात ब्लॉक संस्करण %1</translation>
    </message>
</context>
<context>
    <name>BlockStore</name>
    <message>
        <source>stored block %1 is damaged: %2</source>
            <translation>संग्रहीत ब्लॉक %1 क्षतिग्रस्त है: %2</translation>
    </message>
</context>
<context>
    <name>BreakGlassReviewModel</name>
    <message>
        <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not sealed yet: this node waits for its own chain after a restore)</source>
            <translation>%1 (अभी सील नहीं: यह नोड पुनर्स्थापना के बाद अपनी श्रृंखला की प्रतीक्षा कर रहा है)</translation>
    </message>
    <message>
        <source>Clinic</source>
            <translation>क्लिनिक</translation>
    </message>
    <message>
        <source>Patient</source>
            <translation>रोगी</translation>
    </message>
    <message>
        <source>Reason</source>
            <translation>कारण</translation>
    </message>
    <message>
        <source>When</source>
            <translation>कब</translation>
    </message>
    <message>
        <source>Who</source>
            <translation>कौन</translation>
    </message>
</context>
<context>
    <name>ChartAccess</name>
    <message>
        <source>no patient with that id on this node</source>
            <translation>इस नोड पर इस आईडी का कोई रोगी नहीं है</translation>
    </message>
    <message>
        <source>the headless node does not read charts; sign in as a user</source>
            <translation>बिना इंटरफ़ेस वाला नोड चार्ट नहीं पढ़ता; किसी उपयोगकर्ता के रूप में साइन इन करें</translation>
    </message>
</context>
<context>
    <name>ChartDocuments</name>
    <message>
        <source>give the document a title</source>
            <translation>दस्तावेज़ को शीर्षक दें</translation>
    </message>
    <message>
        <source>no such document in this chart</source>
            <translation>इस चार्ट में ऐसा कोई दस्तावेज़ नहीं है</translation>
    </message>
    <message>
        <source>only PDF, PNG and JPEG files can be attached</source>
            <translation>केवल PDF, PNG और JPEG फ़ाइलें संलग्न की जा सकती हैं</translation>
    </message>
    <message>
        <source>the document&apos;s content is not valid base64</source>
            <translation>दस्तावेज़ की सामग्री मान्य base64 नहीं है</translation>
    </message>
    <message>
        <source>the file is empty</source>
            <translation>फ़ाइल खाली है</translation>
    </message>
    <message>
        <source>the file is larger than %1 KiB; attach a smaller scan or export</source>
            <translation>फ़ाइल %1 KiB से बड़ी है; छोटा स्कैन या निर्यात संलग्न करें</translation>
    </message>
    <message>
        <source>this document record carries no content (only a reference to elsewhere)</source>
            <translation>इस दस्तावेज़ रिकॉर्ड में कोई सामग्री नहीं है (केवल किसी अन्य स्थान का संदर्भ)</translation>
    </message>
</context>
<context>
    <name>ChartSummary</name>
    <message>
        <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
            <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
            <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>(“%1”)</source>
            <translation>(“%1”)</translation>
    </message>
    <message>
        <source>Active problems</source>
            <translation>सक्रिय समस्याएँ</translation>
    </message>
    <message>
        <source>Consent: not restricted — every opening is recorded in the access log.</source>
            <translation>सहमति: प्रतिबंधित नहीं — हर बार खोलना पहुँच लॉग में दर्ज होता है।</translation>
    </message>
    <message>
        <source>Consent: restricted by the patient since %1 — others open this chart only by breaking the glass, stating a reason; each such access is recorded and reviewed.</source>
            <translation>सहमति: %1 से रोगी द्वारा प्रतिबंधित — अन्य लोग यह चार्ट केवल कारण बताकर ब्रेक-ग्लास से खोल सकते हैं; हर ऐसी पहुँच दर्ज होती है और उसकी समीक्षा होती है।</translation>
    </message>
    <message>
        <source>Current medications</source>
            <translation>वर्तमान दवाएँ</translation>
    </message>
    <message>
        <source>Latest observations</source>
            <translation>हाल के अवलोकन</translation>
    </message>
    <message>
        <source>None recorded</source>
            <translation>कुछ दर्ज नहीं</translation>
    </message>
    <message>
        <source>Recent encounters</source>
            <translation>हाल की मुलाक़ातें</translation>
    </message>
    <message>
        <source>Your emergency access runs until %1.</source>
            <translation>आपकी आपातकालीन पहुँच %1 तक मान्य है।</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>  %1 signed by %2 of %3 (key %4)</source>
            <translation>  %1, %3 के %2 द्वारा हस्ताक्षरित (कुंजी %4)</translation>
    </message>
    <message>
        <source>  %1 signed by an UNKNOWN key %2 (claims to be &quot;%3&quot;)</source>
            <translation>  %1 एक अज्ञात कुंजी %2 द्वारा हस्ताक्षरित (&quot;%3&quot; होने का दावा)</translation>
    </message>
    <message>
        <source>  the Composition signed by an UNKNOWN node key %1 (claims to be &quot;%2&quot;)</source>
            <translation>  Composition एक अज्ञात नोड कुंजी %1 द्वारा हस्ताक्षरित (&quot;%2&quot; होने का दावा)</translation>
    </message>
    <message>
        <source>  the Composition signed by node %1 of %2 (key %3)</source>
            <translation>  Composition %2 के नोड %1 द्वारा हस्ताक्षरित (कुंजी %3)</translation>
    </message>
    <message>
        <source> (banned now)</source>
            <translation> (अभी प्रतिबंधित)</translation>
    </message>
    <message>
        <source>%1: %2 imported, %3 already present, %4</source>
            <translation>%1: %2 आयात किए गए, %3 पहले से मौजूद, %4</translation>
    </message>
    <message>
        <source>%1: %2, every signature valid</source>
            <translation>%1: %2, हर हस्ताक्षर मान्य</translation>
    </message>
    <message>
        <source>%1: larger than any export this node would check (512 MiB)</source>
            <translation>%1: किसी भी निर्यात से बड़ा जिसे यह नोड जाँचेगा (512 MiB)</translation>
    </message>
    <message>
        <source>%1: signatures are valid but %2 signer keys are not known on this node&apos;s ledger (unknown authors or nodes)</source>
            <translation>%1: हस्ताक्षर मान्य हैं, पर %2 हस्ताक्षरकर्ता कुंजियाँ इस नोड के लेजर में ज्ञात नहीं हैं (अज्ञात लेखक या नोड)</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s)</source>
            <translation>
                <numerusform>%n ब्लॉक</numerusform>
                <numerusform>%n ब्लॉक</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n प्रविष्टि</numerusform>
                <numerusform>%n प्रविष्टियाँ</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
            <translation>
                <numerusform>%n संसाधन</numerusform>
                <numerusform>%n संसाधन</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved reference(s)</source>
            <translation>
                <numerusform>%n अनसुलझा संदर्भ</numerusform>
                <numerusform>%n अनसुलझे संदर्भ</numerusform>
            </translation>
    </message>
    <message>
        <source>(not sealed yet: this node waits for its own chain after a restore)</source>
            <translation>(अभी सील नहीं: यह नोड पुनर्स्थापना के बाद अपनी श्रृंखला की प्रतीक्षा कर रहा है)</translation>
    </message>
    <message>
        <source>--%1 is given twice</source>
            <translation>--%1 दो बार दिया गया है</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
            <translation>--%1 को एक मान चाहिए</translation>
    </message>
    <message>
        <source>--entries takes a number from 2500 to 20000000</source>
            <translation>--entries 2500 से 20000000 तक की संख्या लेता है</translation>
    </message>
    <message>
        <source>--patient ID is required</source>
            <translation>--patient ID आवश्यक है</translation>
    </message>
    <message>
        <source>ACCESS REPORT — %1 (born %2)</source>
            <translation>पहुँच रिपोर्ट — %1 (जन्म %2)</translation>
    </message>
    <message>
        <source>Active problems:</source>
            <translation>सक्रिय समस्याएँ:</translation>
    </message>
    <message>
        <source>Allergies:</source>
            <translation>एलर्जी:</translation>
    </message>
    <message>
        <source>Allergies: NEVER RECORDED — ask before giving any drug</source>
            <translation>एलर्जी: कभी दर्ज नहीं — कोई भी दवा देने से पहले पूछें</translation>
    </message>
    <message>
        <source>Allergies: no known allergies (confirmed by %1)</source>
            <translation>एलर्जी: कोई ज्ञात एलर्जी नहीं (%1 द्वारा पुष्टि)</translation>
    </message>
    <message>
        <source>BREAK-GLASS: %1</source>
            <translation>ब्रेक-ग्लास: %1</translation>
    </message>
    <message>
        <source>Blood group: %1</source>
            <translation>रक्त समूह: %1</translation>
    </message>
    <message>
        <source>Changed the passphrase of %1</source>
            <translation>%1 का पासफ़्रेज़ बदला गया</translation>
    </message>
    <message>
        <source>Created node for clinic &apos;%1&apos; in %2; administrator: %3</source>
            <translation>क्लिनिक &apos;%1&apos; के लिए %2 में नोड बनाया गया; प्रशासक: %3</translation>
    </message>
    <message>
        <source>Current medications:</source>
            <translation>वर्तमान दवाएँ:</translation>
    </message>
    <message>
        <source>EMERGENCY SUMMARY — %1 (born %2, %3)</source>
            <translation>आपातकालीन सारांश — %1 (जन्म %2, %3)</translation>
    </message>
    <message>
        <source>Enrolled %1 as %2 (key %3)</source>
            <translation>%1 को %2 के रूप में नामांकित किया गया (कुंजी %3)</translation>
    </message>
    <message>
        <source>Paired with %1; a running node dials it within a second</source>
            <translation>%1 से जोड़ा गया; चालू नोड एक सेकंड में उससे जुड़ जाएगा</translation>
    </message>
    <message>
        <source>Re-keyed the database (key generation %1); the new key is wrapped for: %2</source>
            <translation>डेटाबेस को नई कुंजी से एन्क्रिप्ट किया गया (कुंजी पीढ़ी %1); नई कुंजी इनके लिए लपेटी गई: %2</translation>
    </message>
    <message>
        <source>Revoked the key of %1; the database is re-keyed (key generation %2)</source>
            <translation>%1 की कुंजी रद्द की गई; डेटाबेस नई कुंजी से एन्क्रिप्ट किया गया (कुंजी पीढ़ी %2)</translation>
    </message>
    <message>
        <source>Rotated the key of %1 (new key %2; the old one is revoked as &apos;rotated&apos;)</source>
            <translation>%1 की कुंजी बदली गई (नई कुंजी %2; पुरानी &apos;rotated&apos; के रूप में निरस्त)</translation>
    </message>
    <message>
        <source>SIGNATURE VALID BUT NOT FROM A KNOWN NODE: key %1 is not certified on this node&apos;s ledger; do not rely on this card&apos;s content (issued %2)</source>
            <translation>हस्ताक्षर मान्य है पर किसी ज्ञात नोड का नहीं: कुंजी %1 इस नोड के लेजर में प्रमाणित नहीं है; इस कार्ड की सामग्री पर भरोसा न करें (जारी %2)</translation>
    </message>
    <message>
        <source>This clinic now trusts the clinic with root fingerprint %1</source>
            <translation>यह क्लिनिक अब रूट फ़िंगरप्रिंट %1 वाले क्लिनिक पर भरोसा करता है</translation>
    </message>
    <message>
        <source>VALID: signed by node &quot;%1&quot; of clinic &quot;%2&quot; on %3 (node %4)</source>
            <translation>मान्य: क्लिनिक &quot;%2&quot; के नोड &quot;%1&quot; द्वारा %3 को हस्ताक्षरित (नोड %4)</translation>
    </message>
    <message>
        <source>Written by %1 at %2; this report is itself recorded as an access.</source>
            <translation>%1 द्वारा %2 में लिखा गया; यह रिपोर्ट स्वयं एक पहुँच के रूप में दर्ज है।</translation>
    </message>
    <message>
        <source>backup failed: %1</source>
            <translation>बैकअप विफल: %1</translation>
    </message>
    <message>
        <source>backup written to %1 (%2 bytes)</source>
            <translation>बैकअप %1 में लिखा गया (%2 बाइट)</translation>
    </message>
    <message>
        <source>behind %1, ahead %2, failed verifications %3, bans %4%5, equivocation alerts %6</source>
            <translation>पीछे %1, आगे %2, विफल सत्यापन %3, प्रतिबंध %4%5, दोहरे हस्ताक्षर की चेतावनियाँ %6</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
            <translation>%1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>chart accesses recorded since the restore stay unsealed: %1</source>
            <translation>पुनर्स्थापना के बाद दर्ज चार्ट पहुँच बिना सील के रहती हैं: %1</translation>
    </message>
    <message>
        <source>clinic name: %1</source>
            <translation>क्लिनिक का नाम: %1</translation>
    </message>
    <message>
        <source>clinic root: %1</source>
            <translation>क्लिनिक रूट: %1</translation>
    </message>
    <message>
        <source>connected</source>
            <translation>जुड़ा हुआ</translation>
    </message>
    <message>
        <source>entries: %1, blocks: %2, patients: %3, users: %4</source>
            <translation>प्रविष्टियाँ: %1, ब्लॉक: %2, रोगी: %3, उपयोगकर्ता: %4</translation>
    </message>
    <message>
        <source>no passphrase given</source>
            <translation>कोई पासफ़्रेज़ नहीं दिया गया</translation>
    </message>
    <message>
        <source>no passphrase: use --passphrase-file or MEDILOCK_PASSPHRASE</source>
            <translation>कोई पासफ़्रेज़ नहीं: --passphrase-file या MEDILOCK_PASSPHRASE का उपयोग करें</translation>
    </message>
    <message>
        <source>node key:    %1</source>
            <translation>नोड कुंजी:   %1</translation>
    </message>
    <message>
        <source>not connected</source>
            <translation>जुड़ा नहीं</translation>
    </message>
    <message>
        <source>not recorded</source>
            <translation>दर्ज नहीं</translation>
    </message>
    <message>
        <source>only &apos;%1&apos; can change their own passphrase (use --as %1); an administrator can hand out a new one with &apos;user rotate %1&apos;</source>
            <translation>केवल &apos;%1&apos; ही अपना पासफ़्रेज़ बदल सकते हैं (--as %1 का उपयोग करें); प्रशासक &apos;user rotate %1&apos; से नया दे सकता है</translation>
    </message>
    <message>
        <source>passphrases are never taken from the command line; use --%1-file or the environment</source>
            <translation>पासफ़्रेज़ कभी कमांड लाइन से नहीं लिए जाते; --%1-file या एनवायरनमेंट का उपयोग करें</translation>
    </message>
    <message>
        <source>restore failed: %1</source>
            <translation>पुनर्स्थापना विफल: %1</translation>
    </message>
    <message numerus="yes">
        <source>restored and verified %n block(s) into %1</source>
            <translation>
                <numerusform>%n ब्लॉक %1 में पुनर्स्थापित और सत्यापित</numerusform>
                <numerusform>%n ब्लॉक %1 में पुनर्स्थापित और सत्यापित</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <source>sealed %n chart access(es) recorded since the restore</source>
            <translation>
                <numerusform>पुनर्स्थापना के बाद दर्ज %n चार्ट पहुँच सील की गई</numerusform>
                <numerusform>पुनर्स्थापना के बाद दर्ज %n चार्ट पहुँच सील की गईं</numerusform>
            </translation>
    </message>
    <message>
        <source>state hash: %1</source>
            <translation>स्थिति हैश: %1</translation>
    </message>
    <message>
        <source>the card is not from a node known here</source>
            <translation>कार्ड यहाँ ज्ञात किसी नोड का नहीं है</translation>
    </message>
    <message>
        <source>the node signs nothing until it has caught up with its own chain from a peer (start it with its peers), or an administrator of a clinic without peers runs &apos;medilock-cli resume-signing&apos;</source>
            <translation>नोड तब तक कुछ भी हस्ताक्षर नहीं करता जब तक वह किसी पीयर से अपनी स्वयं की शृंखला प्राप्त न कर ले (इसे इसके पीयर्स के साथ चलाएँ), या बिना पीयर वाले क्लिनिक का व्यवस्थापक &apos;medilock-cli resume-signing&apos; चलाए</translation>
    </message>
    <message>
        <source>the restored node signs again from its restored head</source>
            <translation>पुनर्स्थापित नोड अपने पुनर्स्थापित शीर्ष से फिर से हस्ताक्षर करता है</translation>
    </message>
    <message>
        <source>tls cert:    %1</source>
            <translation>TLS प्रमाणपत्र: %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see --help</source>
            <translation>अज्ञात कमांड &apos;%1&apos;; --help देखें</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
            <translation>अज्ञात विकल्प --%1</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data DIR --as USER user passwd USER</source>
            <translation>उपयोग: medilock-cli --data DIR --as USER user passwd USER</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data DIR backup --out FILE [--json]</source>
            <translation>उपयोग: medilock-cli --data DIR backup --out FILE [--json]</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data DIR card --patient ID --out FILE.pdf [--png FILE.png] [--json]</source>
            <translation>उपयोग: medilock-cli --data DIR card --patient ID --out FILE.pdf [--png FILE.png] [--json]</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data DIR card verify (TEXT | --in FILE) [--json]</source>
            <translation>उपयोग: medilock-cli --data DIR card verify (TEXT | --in FILE) [--json]</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data DIR import-fhir FILE... [--as USER] [--json]</source>
            <translation>उपयोग: medilock-cli --data DIR import-fhir FILE... [--as USER] [--json]</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data DIR init --clinic NAME --admin USER</source>
            <translation>उपयोग: medilock-cli --data DIR init --clinic NAME --admin USER</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data DIR peer add HOST:PORT TLS_FINGERPRINT</source>
            <translation>उपयोग: medilock-cli --data DIR peer add HOST:PORT TLS_FINGERPRINT</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data DIR search TEXT [--json]</source>
            <translation>उपयोग: medilock-cli --data DIR search TEXT [--json]</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data DIR trust add CLINIC_ROOT_FINGERPRINT [--name NAME]</source>
            <translation>उपयोग: medilock-cli --data DIR trust add CLINIC_ROOT_FINGERPRINT [--name NAME]</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data DIR user add --name USER --role physician|nurse|reception|admin</source>
            <translation>उपयोग: medilock-cli --data DIR user add --name USER --role physician|nurse|reception|admin</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data DIR user revoke USER --reason TEXT</source>
            <translation>उपयोग: medilock-cli --data DIR user revoke USER --reason TEXT</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data DIR user rotate USER (the new passphrase from --new-passphrase-file)</source>
            <translation>उपयोग: medilock-cli --data DIR user rotate USER (नया पासफ़्रेज़ --new-passphrase-file से)</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data DIR verify-export FILE [--json]</source>
            <translation>उपयोग: medilock-cli --data DIR verify-export FILE [--json]</translation>
    </message>
    <message>
        <source>usage: medilock-cli --data NEW_DIR [--as USER] restore --from FILE [--json]</source>
            <translation>उपयोग: medilock-cli --data NEW_DIR [--as USER] restore --from FILE [--json]</translation>
    </message>
    <message>
        <source>verification failed: %1</source>
            <translation>सत्यापन विफल: %1</translation>
    </message>
    <message>
        <source>verified %1 and %2 in %3 s</source>
            <translation>%3 सेकंड में %1 और %2 सत्यापित</translation>
    </message>
</context>
<context>
    <name>ClinicTrust</name>
    <message>
        <source>a clinic always trusts itself</source>
            <translation>क्लिनिक हमेशा स्वयं पर भरोसा करता है</translation>
    </message>
    <message>
        <source>a clinic root fingerprint is 64 hexadecimal digits (as &apos;medilock-cli id&apos; prints it)</source>
            <translation>क्लिनिक रूट फ़िंगरप्रिंट 64 हेक्साडेसिमल अंकों का होता है (जैसा &apos;medilock-cli id&apos; दिखाता है)</translation>
    </message>
    <message>
        <source>only an administrator holding the clinic root key can trust another clinic</source>
            <translation>केवल क्लिनिक रूट कुंजी रखने वाला प्रशासक ही दूसरे क्लिनिक पर भरोसा कर सकता है</translation>
    </message>
    <message>
        <source>this clinic does not trust %1</source>
            <translation>यह क्लिनिक %1 पर भरोसा नहीं करता</translation>
    </message>
</context>
<context>
    <name>ClinicalRecords</name>
    <message>
        <source>an emergency access lasts between 1 minute and 24 hours</source>
            <translation>आपातकालीन पहुँच 1 मिनट से 24 घंटे तक रहती है</translation>
    </message>
    <message>
        <source>choose a document</source>
            <translation>एक दस्तावेज़ चुनें</translation>
    </message>
    <message>
        <source>choose an ICD-10 code</source>
            <translation>एक ICD-10 कोड चुनें</translation>
    </message>
    <message>
        <source>choose the record to correct</source>
            <translation>सुधारने के लिए रिकॉर्ड चुनें</translation>
    </message>
    <message>
        <source>could not draw a random patient id</source>
            <translation>यादृच्छिक रोगी आईडी नहीं बनाई जा सकी</translation>
    </message>
    <message>
        <source>enter at least one measurement</source>
            <translation>कम से कम एक माप दर्ज करें</translation>
    </message>
    <message>
        <source>enter both the systolic and the diastolic pressure</source>
            <translation>सिस्टोलिक और डायस्टोलिक दोनों रक्तचाप दर्ज करें</translation>
    </message>
    <message>
        <source>enter the medication</source>
            <translation>दवा दर्ज करें</translation>
    </message>
    <message>
        <source>enter the substance the patient is allergic to</source>
            <translation>वह पदार्थ दर्ज करें जिससे रोगी को एलर्जी है</translation>
    </message>
    <message>
        <source>no patient is selected</source>
            <translation>कोई रोगी चुना नहीं गया</translation>
    </message>
    <message>
        <source>no patient with that id on this node</source>
            <translation>इस नोड पर इस आईडी का कोई रोगी नहीं है</translation>
    </message>
    <message>
        <source>only a physician may break the glass</source>
            <translation>केवल चिकित्सक ही आपातकालीन पहुँच (ब्रेक-ग्लास) खोल सकता है</translation>
    </message>
    <message>
        <source>only a physician may record a consent directive</source>
            <translation>केवल चिकित्सक ही सहमति निर्देश दर्ज कर सकता है</translation>
    </message>
    <message>
        <source>say why the record is wrong</source>
            <translation>बताएँ कि रिकॉर्ड गलत क्यों है</translation>
    </message>
    <message>
        <source>state why you need emergency access</source>
            <translation>बताएँ कि आपको आपातकालीन पहुँच क्यों चाहिए</translation>
    </message>
    <message>
        <source>the patient&apos;s consent restricts this chart: break the glass, stating why, to open it</source>
            <translation>रोगी की सहमति इस चार्ट को प्रतिबंधित करती है: इसे खोलने के लिए कारण बताकर आपातकालीन पहुँच (ब्रेक-ग्लास) का उपयोग करें</translation>
    </message>
    <message>
        <source>the registration was signed but cannot be read back</source>
            <translation>पंजीकरण हस्ताक्षरित हुआ पर वापस पढ़ा नहीं जा सकता</translation>
    </message>
    <message>
        <source>write the note before signing it</source>
            <translation>हस्ताक्षर करने से पहले नोट लिखें</translation>
    </message>
    <message>
        <source>your role does not attach documents</source>
            <translation>आपकी भूमिका दस्तावेज़ संलग्न नहीं करती</translation>
    </message>
    <message>
        <source>your role does not edit registrations</source>
            <translation>आपकी भूमिका पंजीकरण संपादित नहीं करती</translation>
    </message>
    <message>
        <source>your role does not link registrations</source>
            <translation>आपकी भूमिका पंजीकरण नहीं जोड़ती</translation>
    </message>
    <message>
        <source>your role does not open clinical charts; ask a physician or nurse</source>
            <translation>आपकी भूमिका नैदानिक चार्ट नहीं खोलती; किसी चिकित्सक या नर्स से कहें</translation>
    </message>
    <message>
        <source>your role does not open clinical documents</source>
            <translation>आपकी भूमिका नैदानिक दस्तावेज़ नहीं खोलती</translation>
    </message>
    <message>
        <source>your role does not open the emergency summary; ask a physician or nurse</source>
            <translation>आपकी भूमिका आपातकालीन सारांश नहीं खोलती; किसी चिकित्सक या नर्स से कहें</translation>
    </message>
</context>
<context>
    <name>ConsentGate</name>
    <message>
        <source>Chart restricted by the patient</source>
            <translation>रोगी द्वारा चार्ट प्रतिबंधित</translation>
    </message>
    <message>
        <source>Chart restriction lifted by the patient</source>
            <translation>रोगी द्वारा चार्ट प्रतिबंध हटाया गया</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>a database already exists at %1</source>
            <translation>%1 पर पहले से एक डेटाबेस है</translation>
    </message>
    <message>
        <source>a database key is 32 bytes</source>
            <translation>डेटाबेस कुंजी 32 बाइट की होती है</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
            <translation>%1 नहीं बनाया जा सकता: %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
            <translation>%1 नहीं खोली जा सकी: %2</translation>
    </message>
    <message>
        <source>cannot read %1: wrong key or damaged database (%2)</source>
            <translation>%1 पढ़ी नहीं जा सकी: गलत कुंजी या क्षतिग्रस्त डेटाबेस (%2)</translation>
    </message>
    <message>
        <source>cannot set the database key: %1</source>
            <translation>डेटाबेस कुंजी सेट नहीं की जा सकी: %1</translation>
    </message>
    <message>
        <source>database error preparing a statement: %1</source>
            <translation>स्टेटमेंट तैयार करते समय डेटाबेस त्रुटि: %1</translation>
    </message>
    <message>
        <source>database error: %1</source>
            <translation>डेटाबेस त्रुटि: %1</translation>
    </message>
    <message>
        <source>database is not open</source>
            <translation>डेटाबेस खुला नहीं है</translation>
    </message>
    <message>
        <source>no database at %1</source>
            <translation>%1 पर कोई डेटाबेस नहीं है</translation>
    </message>
    <message>
        <source>re-keying the database failed: %1</source>
            <translation>डेटाबेस की पुनः-कुंजीकरण विफल: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseRekey</name>
    <message>
        <source>cannot open %1: %2</source>
            <translation>%1 नहीं खोला जा सकता: %2</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
            <translation>%1 को बदला नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>cannot sync %1: %2</source>
            <translation>%1 को डिस्क पर सिंक नहीं किया जा सकता: %2</translation>
    </message>
    <message>
        <source>only an administrator holding the clinic root key can re-key the database</source>
            <translation>केवल क्लिनिक की रूट कुंजी रखने वाला प्रशासक ही डेटाबेस को नई कुंजी से एन्क्रिप्ट कर सकता है</translation>
    </message>
    <message>
        <source>the database is still in use by another connection of this program; close it and try again</source>
            <translation>डेटाबेस अभी भी इस प्रोग्राम के किसी अन्य कनेक्शन द्वारा उपयोग में है; उसे बंद करें और फिर से प्रयास करें</translation>
    </message>
    <message>
        <source>the database still has a write-ahead log; try again</source>
            <translation>डेटाबेस में अभी भी राइट-अहेड लॉग है; फिर से प्रयास करें</translation>
    </message>
    <message>
        <source>the re-encrypted copy does not hold the same rows as the database</source>
            <translation>नई एन्क्रिप्ट की गई प्रति में डेटाबेस जैसी ही पंक्तियाँ नहीं हैं</translation>
    </message>
    <message>
        <source>the re-encrypted copy does not pass its check: %1</source>
            <translation>नई एन्क्रिप्ट की गई प्रति अपनी जाँच में विफल रही: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseSnapshot</name>
    <message>
        <source>cannot start the database snapshot: %1</source>
            <translation>डेटाबेस स्नैपशॉट शुरू नहीं हो सकता: %1</translation>
    </message>
    <message>
        <source>the database snapshot failed: %1</source>
            <translation>डेटाबेस स्नैपशॉट विफल: %1</translation>
    </message>
</context>
<context>
    <name>Ed25519</name>
    <message>
        <source>an Ed25519 private key is 32 bytes</source>
            <translation>Ed25519 निजी कुंजी 32 बाइट की होती है</translation>
    </message>
    <message>
        <source>an Ed25519 public key is 32 bytes, got %1</source>
            <translation>Ed25519 सार्वजनिक कुंजी 32 बाइट की होती है, मिली %1</translation>
    </message>
    <message>
        <source>could not derive the Ed25519 public key</source>
            <translation>Ed25519 सार्वजनिक कुंजी नहीं निकाली जा सकी</translation>
    </message>
    <message>
        <source>not a valid Ed25519 private key</source>
            <translation>मान्य Ed25519 निजी कुंजी नहीं है</translation>
    </message>
    <message>
        <source>not a valid Ed25519 public key</source>
            <translation>मान्य Ed25519 सार्वजनिक कुंजी नहीं है</translation>
    </message>
</context>
<context>
    <name>EmergencyCard</name>
    <message>
        <source>Active problems</source>
            <translation>सक्रिय समस्याएँ</translation>
    </message>
    <message>
        <source>Allergies</source>
            <translation>एलर्जी</translation>
    </message>
    <message>
        <source>Blood group</source>
            <translation>रक्त समूह</translation>
    </message>
    <message>
        <source>Born</source>
            <translation>जन्म</translation>
    </message>
    <message>
        <source>EMERGENCY CARD</source>
            <translation>आपातकालीन कार्ड</translation>
    </message>
    <message>
        <source>Emergency card</source>
            <translation>आपातकालीन कार्ड</translation>
    </message>
    <message>
        <source>Issued</source>
            <translation>जारी</translation>
    </message>
    <message>
        <source>Medications</source>
            <translation>दवाएँ</translation>
    </message>
    <message>
        <source>NEVER RECORDED - ask before giving any drug</source>
            <translation>कभी दर्ज नहीं - कोई भी दवा देने से पहले पूछें</translation>
    </message>
    <message>
        <source>Name</source>
            <translation>नाम</translation>
    </message>
    <message>
        <source>Sex</source>
            <translation>लिंग</translation>
    </message>
    <message>
        <source>Signed by node</source>
            <translation>हस्ताक्षरकर्ता नोड</translation>
    </message>
    <message>
        <source>The QR code carries this summary signed by the issuing MediLock node. Check it with &quot;medilock-cli card verify&quot; on any node. Information as of the issue time only.</source>
            <translation>QR कोड में यह सारांश है, जिस पर जारी करने वाले MediLock नोड के हस्ताक्षर हैं। किसी भी नोड पर &quot;medilock-cli card verify&quot; से इसकी जाँच करें। जानकारी केवल जारी करने के समय तक की है।</translation>
    </message>
    <message>
        <source>allergies are given although the card says there are none</source>
            <translation>एलर्जी दी गई है जबकि कार्ड कहता है कि कोई नहीं है</translation>
    </message>
    <message>
        <source>allergies are said to be recorded but none is given</source>
            <translation>एलर्जी दर्ज होने की बात है पर कोई दी नहीं गई</translation>
    </message>
    <message>
        <source>cannot draw the PDF %1</source>
            <translation>PDF %1 नहीं बनाई जा सकी</translation>
    </message>
    <message>
        <source>cannot finish the PDF %1</source>
            <translation>PDF %1 पूरी नहीं की जा सकी</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
            <translation>%1 लिखी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>choose where to save the emergency card</source>
            <translation>चुनें कि आपातकालीन कार्ड कहाँ सहेजना है</translation>
    </message>
    <message>
        <source>drawing a PDF needs a QGuiApplication</source>
            <translation>PDF बनाने के लिए QGuiApplication चाहिए</translation>
    </message>
    <message>
        <source>no known allergies</source>
            <translation>कोई ज्ञात एलर्जी नहीं</translation>
    </message>
    <message>
        <source>no node key to sign the card with</source>
            <translation>कार्ड पर हस्ताक्षर करने के लिए कोई नोड कुंजी नहीं है</translation>
    </message>
    <message>
        <source>no patient is selected</source>
            <translation>कोई रोगी चयनित नहीं है</translation>
    </message>
    <message>
        <source>no patient with that id on this node</source>
            <translation>इस नोड पर इस आईडी का कोई रोगी नहीं है</translation>
    </message>
    <message>
        <source>none active</source>
            <translation>कोई सक्रिय नहीं</translation>
    </message>
    <message>
        <source>none current</source>
            <translation>कोई वर्तमान नहीं</translation>
    </message>
    <message>
        <source>not recorded</source>
            <translation>दर्ज नहीं</translation>
    </message>
    <message>
        <source>the QR module size must be between 1 and 64 pixels</source>
            <translation>QR मॉड्यूल का आकार 1 से 64 पिक्सेल के बीच होना चाहिए</translation>
    </message>
    <message>
        <source>the card has no issue time</source>
            <translation>कार्ड पर जारी करने का समय नहीं है</translation>
    </message>
    <message>
        <source>the card is signed but not in canonical form</source>
            <translation>कार्ड हस्ताक्षरित है पर मानक रूप में नहीं है</translation>
    </message>
    <message>
        <source>the card&apos;s %1 line is not in canonical form</source>
            <translation>कार्ड की %1 पंक्ति मानक रूप में नहीं है</translation>
    </message>
    <message>
        <source>the card&apos;s allergies line is not in canonical form</source>
            <translation>कार्ड की एलर्जी पंक्ति मानक रूप में नहीं है</translation>
    </message>
    <message>
        <source>the card&apos;s essentials do not fit in one QR code</source>
            <translation>कार्ड की आवश्यक जानकारी एक QR कोड में नहीं समाती</translation>
    </message>
    <message>
        <source>the card&apos;s issue time is malformed</source>
            <translation>कार्ड के जारी करने का समय गलत रूप में है</translation>
    </message>
    <message>
        <source>the card&apos;s line %1 is not in canonical form</source>
            <translation>कार्ड की पंक्ति %1 मानक रूप में नहीं है</translation>
    </message>
    <message>
        <source>the card&apos;s line %1 should begin with &quot;%2&quot;</source>
            <translation>कार्ड की पंक्ति %1 &quot;%2&quot; से शुरू होनी चाहिए</translation>
    </message>
    <message>
        <source>the card&apos;s node key is malformed</source>
            <translation>कार्ड की नोड कुंजी गलत रूप में है</translation>
    </message>
    <message>
        <source>the card&apos;s signature does not verify: it was altered or not signed by the key it names</source>
            <translation>कार्ड का हस्ताक्षर सत्यापित नहीं होता: इसे बदला गया है या बताई गई कुंजी से हस्ताक्षरित नहीं है</translation>
    </message>
    <message>
        <source>the card&apos;s signature is malformed</source>
            <translation>कार्ड का हस्ताक्षर गलत रूप में है</translation>
    </message>
    <message>
        <source>the card&apos;s text does not fit in a QR code</source>
            <translation>कार्ड का पाठ QR कोड में नहीं समाता</translation>
    </message>
    <message>
        <source>the patient has no name to put on the card</source>
            <translation>कार्ड पर लिखने के लिए रोगी का कोई नाम नहीं है</translation>
    </message>
    <message>
        <source>the patient&apos;s consent restricts this chart: break the glass, stating why, to issue a card</source>
            <translation>रोगी की सहमति इस चार्ट को प्रतिबंधित करती है: कार्ड जारी करने के लिए कारण बताकर ब्रेक-ग्लास करें</translation>
    </message>
    <message>
        <source>this is not a MediLock emergency card (version 1)</source>
            <translation>यह MediLock आपातकालीन कार्ड (संस्करण 1) नहीं है</translation>
    </message>
    <message>
        <source>this is not an emergency card: it is longer than any card</source>
            <translation>यह आपातकालीन कार्ड नहीं है: यह किसी भी कार्ड से लंबा है</translation>
    </message>
    <message>
        <source>this is not an emergency card: the text is not valid UTF-8</source>
            <translation>यह आपातकालीन कार्ड नहीं है: पाठ मान्य UTF-8 नहीं है</translation>
    </message>
    <message>
        <source>unknown</source>
            <translation>अज्ञात</translation>
    </message>
    <message>
        <source>your role does not read charts, so it cannot issue emergency cards</source>
            <translation>आपकी भूमिका चार्ट नहीं पढ़ती, इसलिए यह आपातकालीन कार्ड जारी नहीं कर सकती</translation>
    </message>
</context>
<context>
    <name>EmergencyDocument</name>
    <message>
        <source> — criticality: %1</source>
            <translation> — गंभीरता: %1</translation>
    </message>
    <message>
        <source> — reaction: %1</source>
            <translation> — प्रतिक्रिया: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
            <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4)</source>
            <translation>%1 — %2 (%3, %4)</translation>
    </message>
    <message>
        <source>ALLERGIES</source>
            <translation>एलर्जी</translation>
    </message>
    <message>
        <source>Active problems</source>
            <translation>सक्रिय समस्याएँ</translation>
    </message>
    <message>
        <source>Blood group</source>
            <translation>रक्त समूह</translation>
    </message>
    <message>
        <source>Current medications</source>
            <translation>वर्तमान दवाएँ</translation>
    </message>
    <message>
        <source>EMERGENCY SUMMARY</source>
            <translation>आपातकालीन सारांश</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
            <translation>आपातकालीन संपर्क</translation>
    </message>
    <message>
        <source>Emergency summary</source>
            <translation>आपातकालीन सारांश</translation>
    </message>
    <message>
        <source>Implanted devices</source>
            <translation>प्रत्यारोपित उपकरण</translation>
    </message>
    <message>
        <source>Last encounter</source>
            <translation>पिछली मुलाक़ात</translation>
    </message>
    <message>
        <source>Patient id %1</source>
            <translation>रोगी आईडी %1</translation>
    </message>
    <message>
        <source>Printed by %1 at %2 on %3, from the signed records on this workstation. Check the live record before acting on a paper copy.</source>
            <translation>%1 द्वारा %3 को %2 बजे इस वर्कस्टेशन के हस्ताक्षरित रिकॉर्ड से मुद्रित। काग़ज़ की प्रति पर कार्रवाई से पहले वर्तमान रिकॉर्ड जाँचें।</translation>
    </message>
    <message numerus="yes">
        <source>born %1 (%n year(s))</source>
            <translation>
                <numerusform>जन्म %1 (%n वर्ष)</numerusform>
                <numerusform>जन्म %1 (%n वर्ष)</numerusform>
            </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
            <translation>%1 लिखी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>choose where to save the PDF</source>
            <translation>चुनें कि PDF कहाँ सहेजनी है</translation>
    </message>
    <message>
        <source>none recorded</source>
            <translation>कुछ दर्ज नहीं</translation>
    </message>
    <message>
        <source>unknown — not recorded</source>
            <translation>अज्ञात — दर्ज नहीं</translation>
    </message>
</context>
<context>
    <name>EmergencyPage</name>
    <message>
        <source>PDF files (*.pdf)</source>
            <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>an entry&apos;s payload is limited to %1 bytes</source>
            <translation>प्रविष्टि के पेलोड की सीमा %1 बाइट है</translation>
    </message>
    <message>
        <source>entry id is zero</source>
            <translation>प्रविष्टि आईडी शून्य है</translation>
    </message>
    <message>
        <source>entry kind %1 has a wrong patient id</source>
            <translation>प्रविष्टि प्रकार %1 की रोगी आईडी गलत है</translation>
    </message>
    <message>
        <source>entry kind %1 must not carry a patient id</source>
            <translation>प्रविष्टि प्रकार %1 में रोगी आईडी नहीं होनी चाहिए</translation>
    </message>
    <message>
        <source>entry kind %1 needs a patient id</source>
            <translation>प्रविष्टि प्रकार %1 के लिए रोगी आईडी आवश्यक है</translation>
    </message>
    <message>
        <source>entry length does not match its payload length</source>
            <translation>प्रविष्टि की लंबाई उसके पेलोड की लंबाई से मेल नहीं खाती</translation>
    </message>
    <message>
        <source>entry payload length %1 exceeds the limit</source>
            <translation>पेलोड लंबाई %1 सीमा से अधिक है</translation>
    </message>
    <message>
        <source>entry too long (%1 bytes)</source>
            <translation>प्रविष्टि बहुत लंबी है (%1 बाइट)</translation>
    </message>
    <message>
        <source>entry too short (%1 bytes)</source>
            <translation>प्रविष्टि बहुत छोटी है (%1 बाइट)</translation>
    </message>
    <message>
        <source>entry truncated</source>
            <translation>प्रविष्टि अधूरी है</translation>
    </message>
    <message>
        <source>unknown entry kind %1</source>
            <translation>अज्ञात प्रविष्टि प्रकार %1</translation>
    </message>
    <message>
        <source>unknown entry version %1</source>
            <translation>अज्ञात प्रविष्टि संस्करण %1</translation>
    </message>
</context>
<context>
    <name>FhirCodeLabel</name>
    <message>
        <source>active</source>
            <translation>सक्रिय</translation>
    </message>
    <message>
        <source>amended</source>
            <translation>संशोधित</translation>
    </message>
    <message>
        <source>cancelled</source>
            <translation>रद्द</translation>
    </message>
    <message>
        <source>completed</source>
            <translation>पूर्ण</translation>
    </message>
    <message>
        <source>confirmed</source>
            <translation>पुष्ट</translation>
    </message>
    <message>
        <source>corrected</source>
            <translation>सुधारा गया</translation>
    </message>
    <message>
        <source>current</source>
            <translation>वर्तमान</translation>
    </message>
    <message>
        <source>draft</source>
            <translation>मसौदा</translation>
    </message>
    <message>
        <source>entered in error</source>
            <translation>गलती से दर्ज</translation>
    </message>
    <message>
        <source>final</source>
            <translation>अंतिम</translation>
    </message>
    <message>
        <source>finished</source>
            <translation>समाप्त</translation>
    </message>
    <message>
        <source>high</source>
            <translation>उच्च</translation>
    </message>
    <message>
        <source>in progress</source>
            <translation>जारी</translation>
    </message>
    <message>
        <source>inactive</source>
            <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>intended</source>
            <translation>इच्छित</translation>
    </message>
    <message>
        <source>low</source>
            <translation>निम्न</translation>
    </message>
    <message>
        <source>not taken</source>
            <translation>नहीं ली गई</translation>
    </message>
    <message>
        <source>on hold</source>
            <translation>रोकी गई</translation>
    </message>
    <message>
        <source>planned</source>
            <translation>नियोजित</translation>
    </message>
    <message>
        <source>preliminary</source>
            <translation>प्रारंभिक</translation>
    </message>
    <message>
        <source>provisional</source>
            <translation>अस्थायी</translation>
    </message>
    <message>
        <source>recurrence</source>
            <translation>पुनरावृत्ति</translation>
    </message>
    <message>
        <source>refuted</source>
            <translation>खंडित</translation>
    </message>
    <message>
        <source>registered</source>
            <translation>पंजीकृत</translation>
    </message>
    <message>
        <source>relapse</source>
            <translation>पुनः उभार</translation>
    </message>
    <message>
        <source>remission</source>
            <translation>रोग-शमन</translation>
    </message>
    <message>
        <source>resolved</source>
            <translation>ठीक हो गया</translation>
    </message>
    <message>
        <source>stopped</source>
            <translation>बंद की गई</translation>
    </message>
    <message>
        <source>superseded</source>
            <translation>प्रतिस्थापित</translation>
    </message>
    <message>
        <source>unable to assess</source>
            <translation>आकलन संभव नहीं</translation>
    </message>
    <message>
        <source>unconfirmed</source>
            <translation>अपुष्ट</translation>
    </message>
    <message>
        <source>unknown</source>
            <translation>अज्ञात</translation>
    </message>
</context>
<context>
    <name>FhirCompositionSignature</name>
    <message>
        <source>no node key to sign the Composition with</source>
            <translation>Composition पर हस्ताक्षर करने के लिए कोई नोड कुंजी नहीं</translation>
    </message>
    <message>
        <source>the Composition is larger than a signed Composition may be</source>
            <translation>Composition किसी हस्ताक्षरित Composition की अनुमत सीमा से बड़ी है</translation>
    </message>
    <message>
        <source>the node signature has the wrong size</source>
            <translation>नोड हस्ताक्षर का आकार गलत है</translation>
    </message>
    <message>
        <source>the node signature is not version 1</source>
            <translation>नोड हस्ताक्षर संस्करण 1 का नहीं है</translation>
    </message>
    <message>
        <source>the node&apos;s Ed25519 signature does not verify</source>
            <translation>नोड का Ed25519 हस्ताक्षर सत्यापित नहीं होता</translation>
    </message>
</context>
<context>
    <name>FhirExportVerifier</name>
    <message>
        <source>%1: a MediLock Provenance has exactly one target and one signature</source>
            <translation>%1: MediLock Provenance का ठीक एक लक्ष्य और एक हस्ताक्षर होता है</translation>
    </message>
    <message>
        <source>%1: a second Provenance for %2</source>
            <translation>%1: %2 के लिए दूसरा Provenance</translation>
    </message>
    <message>
        <source>%1: no Provenance of the exporting node signs the Composition</source>
            <translation>%1: निर्यात करने वाले नोड का कोई Provenance इस Composition पर हस्ताक्षर नहीं करता</translation>
    </message>
    <message>
        <source>%1: no Provenance signs this resource</source>
            <translation>%1: कोई Provenance इस संसाधन पर हस्ताक्षर नहीं करता</translation>
    </message>
    <message>
        <source>%1: the Composition differs from what the exporting node signed</source>
            <translation>%1: Composition उससे भिन्न है जिस पर निर्यात करने वाले नोड ने हस्ताक्षर किए थे</translation>
    </message>
    <message>
        <source>%1: the Composition&apos;s node signature is invalid: %2</source>
            <translation>%1: Composition का नोड हस्ताक्षर अमान्य है: %2</translation>
    </message>
    <message>
        <source>%1: the Provenance&apos;s target is not the signed entry&apos;s resource</source>
            <translation>%1: Provenance का लक्ष्य हस्ताक्षरित प्रविष्टि का संसाधन नहीं है</translation>
    </message>
    <message>
        <source>%1: the author named is not the key that signed the entry</source>
            <translation>%1: बताया गया लेखक वह कुंजी नहीं है जिसने प्रविष्टि पर हस्ताक्षर किए</translation>
    </message>
    <message>
        <source>%1: the entry&apos;s Ed25519 signature does not verify</source>
            <translation>%1: प्रविष्टि का Ed25519 हस्ताक्षर सत्यापित नहीं होता</translation>
    </message>
    <message>
        <source>%1: the node named is not the key that signed the Composition</source>
            <translation>%1: नामित नोड वह कुंजी नहीं है जिसने Composition पर हस्ताक्षर किए</translation>
    </message>
    <message>
        <source>%1: the resource differs from what its author signed</source>
            <translation>%1: संसाधन उससे भिन्न है जिस पर उसके लेखक ने हस्ताक्षर किए</translation>
    </message>
    <message>
        <source>%1: the same resource appears twice</source>
            <translation>%1: एक ही संसाधन दो बार आता है</translation>
    </message>
    <message>
        <source>%1: the signature data is not base64</source>
            <translation>%1: हस्ताक्षर डेटा base64 नहीं है</translation>
    </message>
    <message>
        <source>%1: the signature is not a MediLock entry (sigFormat)</source>
            <translation>%1: हस्ताक्षर MediLock प्रविष्टि नहीं है (sigFormat)</translation>
    </message>
    <message>
        <source>%1: the signed Composition is not a JSON resource: %2</source>
            <translation>%1: हस्ताक्षरित Composition कोई JSON संसाधन नहीं है: %2</translation>
    </message>
    <message>
        <source>%1: the signed entry is malformed: %2</source>
            <translation>%1: हस्ताक्षरित प्रविष्टि गलत रूप में है: %2</translation>
    </message>
    <message>
        <source>%1: the signed payload is not a JSON resource: %2</source>
            <translation>%1: हस्ताक्षरित पेलोड JSON संसाधन नहीं है: %2</translation>
    </message>
    <message>
        <source>a Provenance signs a resource that is not in the Bundle</source>
            <translation>एक Provenance ऐसे संसाधन पर हस्ताक्षर करता है जो Bundle में नहीं है</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
            <translation>JSON नहीं: ऑफ़सेट %2 पर %1</translation>
    </message>
    <message>
        <source>not a FHIR Bundle</source>
            <translation>FHIR Bundle नहीं है</translation>
    </message>
</context>
<context>
    <name>FhirExporter</name>
    <message>
        <source>Allergies were never recorded for this patient.</source>
            <translation>इस रोगी की एलर्जी कभी दर्ज नहीं की गई।</translation>
    </message>
    <message>
        <source>Medications were never recorded for this patient.</source>
            <translation>इस रोगी की दवाएँ कभी दर्ज नहीं की गईं।</translation>
    </message>
    <message>
        <source>No active problem recorded; earlier problems are resolved or inactive.</source>
            <translation>कोई सक्रिय समस्या दर्ज नहीं; पहले की समस्याएँ ठीक या निष्क्रिय हैं।</translation>
    </message>
    <message>
        <source>No current allergy or intolerance recorded.</source>
            <translation>कोई वर्तमान एलर्जी या असहिष्णुता दर्ज नहीं।</translation>
    </message>
    <message>
        <source>No current medication recorded.</source>
            <translation>कोई वर्तमान दवा दर्ज नहीं।</translation>
    </message>
    <message>
        <source>Problems were never recorded for this patient.</source>
            <translation>इस रोगी की समस्याएँ कभी दर्ज नहीं की गईं।</translation>
    </message>
    <message>
        <source>no patient with that id on this node</source>
            <translation>इस नोड पर इस आईडी का कोई रोगी नहीं है</translation>
    </message>
    <message>
        <source>the patient has no registration to summarise</source>
            <translation>रोगी का कोई पंजीकरण नहीं है जिसका सारांश बनाया जा सके</translation>
    </message>
</context>
<context>
    <name>FhirImportPlan</name>
    <message>
        <source>%1 &apos;%2&apos; is not a valid date</source>
            <translation>%1 &apos;%2&apos; मान्य तिथि नहीं है</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a valid resource id</source>
            <translation>%1 &apos;%2&apos; मान्य संसाधन आईडी नहीं है</translation>
    </message>
    <message>
        <source>%1 has no resource</source>
            <translation>%1 में कोई संसाधन नहीं है</translation>
    </message>
    <message>
        <source>%1 has no resourceType</source>
            <translation>%1 में resourceType नहीं है</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
            <translation>%1 सूची नहीं है</translation>
    </message>
    <message>
        <source>%1 is not a resource</source>
            <translation>%1 संसाधन नहीं है</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
            <translation>%1 ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
            <translation>%1 मान्य base64 नहीं है</translation>
    </message>
    <message>
        <source>%1.fullUrl is not a string</source>
            <translation>%1.fullUrl स्ट्रिंग नहीं है</translation>
    </message>
    <message>
        <source>%1: %2</source>
            <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 reference &apos;%3&apos; leads into a reference loop</source>
            <translation>%1: %2 संदर्भ &apos;%3&apos; संदर्भों के चक्र में ले जाता है</translation>
    </message>
    <message>
        <source>%1: a string is longer than %2 MiB</source>
            <translation>%1: एक स्ट्रिंग %2 MiB से लंबी है</translation>
    </message>
    <message>
        <source>%1: fullUrl &apos;%2&apos; is used by two entries</source>
            <translation>%1: fullUrl &apos;%2&apos; दो प्रविष्टियों में उपयोग हुआ है</translation>
    </message>
    <message>
        <source>%1: nested deeper than %2 levels</source>
            <translation>%1: %2 स्तरों से अधिक गहराई तक नेस्टेड</translation>
    </message>
    <message>
        <source>%1: request method &apos;%2&apos; cannot be imported: the ledger adds records, it never changes or deletes them</source>
            <translation>%1: अनुरोध विधि &apos;%2&apos; आयात नहीं की जा सकती: लेजर रिकॉर्ड जोड़ता है, उन्हें कभी बदलता या हटाता नहीं</translation>
    </message>
    <message>
        <source>%1: the key appears twice in one object</source>
            <translation>%1: एक ऑब्जेक्ट में कुंजी दो बार आती है</translation>
    </message>
    <message>
        <source>%1: the resource takes %2 KiB, more than one ledger record may hold (%3 KiB)</source>
            <translation>%1: संसाधन %2 KiB लेता है, जो एक लेजर रिकॉर्ड की क्षमता (%3 KiB) से अधिक है</translation>
    </message>
    <message>
        <source>%1resourceType &apos;%2&apos; is not a FHIR resource type</source>
            <translation>%1resourceType &apos;%2&apos; FHIR संसाधन प्रकार नहीं है</translation>
    </message>
    <message>
        <source>Bundle.entry is not a list</source>
            <translation>Bundle.entry सूची नहीं है</translation>
    </message>
    <message>
        <source>Bundle.type &apos;%1&apos; cannot be imported; expected transaction, batch, collection, searchset or document</source>
            <translation>Bundle.type &apos;%1&apos; आयात नहीं किया जा सकता; अपेक्षित: transaction, batch, collection, searchset या document</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
            <translation>मान्य JSON नहीं (बाइट %2 पर %1)</translation>
    </message>
    <message>
        <source>resourceType &apos;%1&apos; is not a FHIR resource type</source>
            <translation>resourceType &apos;%1&apos; FHIR संसाधन प्रकार नहीं है</translation>
    </message>
    <message>
        <source>the file does not hold a FHIR resource (a JSON object)</source>
            <translation>फ़ाइल में FHIR संसाधन (JSON ऑब्जेक्ट) नहीं है</translation>
    </message>
    <message>
        <source>the file has no resourceType</source>
            <translation>फ़ाइल में resourceType नहीं है</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
            <translation>फ़ाइल %1 MiB से बड़ी है</translation>
    </message>
</context>
<context>
    <name>FhirImporter</name>
    <message>
        <source>%1: nothing imported: %2</source>
            <translation>%1: कुछ आयात नहीं हुआ: %2</translation>
    </message>
    <message>
        <source>imports are signed by a user; sign in as one</source>
            <translation>आयात पर किसी उपयोगकर्ता के हस्ताक्षर होते हैं; उपयोगकर्ता के रूप में साइन इन करें</translation>
    </message>
</context>
<context>
    <name>Hex</name>
    <message>
        <source>&apos;%1&apos; is not a hexadecimal digit</source>
            <translation>&apos;%1&apos; हेक्साडेसिमल अंक नहीं है</translation>
    </message>
    <message>
        <source>expected %1 hexadecimal digits, got %2</source>
            <translation>%1 हेक्साडेसिमल अंक अपेक्षित, %2 मिले</translation>
    </message>
    <message>
        <source>hexadecimal text has an odd number of digits</source>
            <translation>हेक्साडेसिमल पाठ में अंकों की संख्या विषम है</translation>
    </message>
</context>
<context>
    <name>KeyWrap</name>
    <message>
        <source>a wrapped key is %1 bytes</source>
            <translation>लपेटी गई कुंजी %1 बाइट की होती है</translation>
    </message>
    <message>
        <source>a wrapped key, its nonce or its recipient has the wrong size</source>
            <translation>लपेटी गई कुंजी, उसका नॉन्स या उसका प्राप्तकर्ता गलत आकार का है</translation>
    </message>
    <message>
        <source>the wrapped database key does not open: wrong slot key or altered keyring</source>
            <translation>लपेटी गई डेटाबेस कुंजी नहीं खुलती: गलत स्लॉट कुंजी या बदली गई कीरिंग</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>&apos;%1&apos; is not a valid user name (letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, at most 64)</source>
            <translation>&apos;%1&apos; मान्य उपयोगकर्ता नाम नहीं है (अक्षर, अंक, &apos;.&apos;, &apos;_&apos; या &apos;-&apos;, अधिकतम 64)</translation>
    </message>
    <message>
        <source>a database key is 32 bytes</source>
            <translation>डेटाबेस कुंजी 32 बाइट की होती है</translation>
    </message>
    <message>
        <source>a keyring needs at least one slot</source>
            <translation>कीरिंग में कम से कम एक स्लॉट होना चाहिए</translation>
    </message>
    <message>
        <source>a re-key of this node&apos;s database is unfinished; open the node once to complete it</source>
            <translation>इस नोड के डेटाबेस का पुनः-कुंजीकरण अधूरा है; उसे पूरा करने के लिए नोड को एक बार खोलें</translation>
    </message>
    <message>
        <source>a version 1 slot cannot take part in a re-key</source>
            <translation>संस्करण 1 का स्लॉट पुनः-कुंजीकरण में भाग नहीं ले सकता</translation>
    </message>
    <message>
        <source>bad re-key state</source>
            <translation>पुनः-कुंजीकरण की स्थिति अमान्य है</translation>
    </message>
    <message>
        <source>bad sealed length</source>
            <translation>सील की गई लंबाई गलत है</translation>
    </message>
    <message>
        <source>bad slot name</source>
            <translation>स्लॉट का नाम गलत है</translation>
    </message>
    <message>
        <source>cannot re-key while these keyring slots are still in the version 1 layout: %1 (each is upgraded when its owner next signs in; or revoke it)</source>
            <translation>पुनः-कुंजीकरण नहीं हो सकता जब तक ये कीरिंग स्लॉट अभी भी संस्करण 1 के प्रारूप में हैं: %1 (हर स्लॉट उसके स्वामी के अगली बार साइन इन करने पर अपग्रेड होता है; या उसे रद्द करें)</translation>
    </message>
    <message>
        <source>duplicate slot</source>
            <translation>दोहरा स्लॉट</translation>
    </message>
    <message>
        <source>no re-key is pending</source>
            <translation>कोई पुनः-कुंजीकरण लंबित नहीं है</translation>
    </message>
    <message>
        <source>not a MediLock keyring file</source>
            <translation>MediLock कीरिंग फ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>scrypt parameters out of bounds</source>
            <translation>scrypt पैरामीटर सीमा से बाहर हैं</translation>
    </message>
    <message>
        <source>slot secrets have the wrong size</source>
            <translation>स्लॉट के रहस्यों का आकार गलत है</translation>
    </message>
    <message>
        <source>the keyring file is damaged at byte %1: %2</source>
            <translation>कीरिंग फ़ाइल बाइट %1 पर क्षतिग्रस्त है: %2</translation>
    </message>
    <message>
        <source>the keyring file is damaged: %1 unexpected bytes at its end (byte %2)</source>
            <translation>कीरिंग फ़ाइल क्षतिग्रस्त है: उसके अंत में %1 अनपेक्षित बाइट (बाइट %2)</translation>
    </message>
    <message>
        <source>the keyring file is damaged: bad slot count</source>
            <translation>कीरिंग फ़ाइल क्षतिग्रस्त है: स्लॉट संख्या गलत है</translation>
    </message>
    <message>
        <source>the keyring is full (%1 slots)</source>
            <translation>कीरिंग भरी हुई है (%1 स्लॉट)</translation>
    </message>
    <message>
        <source>the keyring slot of &apos;%1&apos; has an altered public key</source>
            <translation>&apos;%1&apos; के कीरिंग स्लॉट की सार्वजनिक कुंजी बदली गई है</translation>
    </message>
    <message>
        <source>the keyring slot of &apos;%1&apos; has an unknown layout</source>
            <translation>&apos;%1&apos; के कीरिंग स्लॉट का ढाँचा अज्ञात है</translation>
    </message>
    <message>
        <source>the keyring slot of &apos;%1&apos; is already in the version 2 layout</source>
            <translation>&apos;%1&apos; का कीरिंग स्लॉट पहले से संस्करण 2 के प्रारूप में है</translation>
    </message>
    <message>
        <source>the keyring&apos;s key generation is exhausted</source>
            <translation>कीरिंग की कुंजी पीढ़ी समाप्त हो गई है</translation>
    </message>
    <message>
        <source>there is already a user &apos;%1&apos; on this node</source>
            <translation>इस नोड पर पहले से उपयोगकर्ता &apos;%1&apos; है</translation>
    </message>
    <message>
        <source>there is no user &apos;%1&apos; on this node</source>
            <translation>इस नोड पर उपयोगकर्ता &apos;%1&apos; नहीं है</translation>
    </message>
    <message>
        <source>truncated</source>
            <translation>अधूरा</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
            <translation>अज्ञात कुंजी व्युत्पत्ति</translation>
    </message>
    <message>
        <source>unknown slot layout</source>
            <translation>अज्ञात स्लॉट प्रारूप</translation>
    </message>
    <message>
        <source>unsupported keyring version %1</source>
            <translation>असमर्थित कीरिंग संस्करण %1</translation>
    </message>
    <message>
        <source>wrong passphrase for &apos;%1&apos;</source>
            <translation>&apos;%1&apos; के लिए गलत पासफ़्रेज़</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>%1 chart accesses already wait to be sealed on this restored node, the most it keeps; no further chart opens until it has caught up with its own chain from a peer, or an administrator without peers runs &apos;medilock-cli resume-signing&apos;</source>
            <translation>इस पुनर्स्थापित नोड पर पहले से %1 चार्ट पहुँच सील होने की प्रतीक्षा में हैं, जो इसकी अधिकतम सीमा है; जब तक यह किसी पीयर से अपनी श्रृंखला वापस नहीं पा लेता, या पीयर के बिना कोई प्रशासक &apos;medilock-cli resume-signing&apos; नहीं चलाता, तब तक कोई और चार्ट नहीं खुलेगा</translation>
    </message>
    <message>
        <source>a sealed block did not survive its own encoding</source>
            <translation>सील किया गया ब्लॉक अपने ही एन्कोडिंग में सही नहीं रहा</translation>
    </message>
    <message>
        <source>a stored administrative entry is damaged: %1</source>
            <translation>एक संग्रहीत प्रशासनिक प्रविष्टि क्षतिग्रस्त है: %1</translation>
    </message>
    <message>
        <source>bad signature</source>
            <translation>गलत हस्ताक्षर</translation>
    </message>
    <message>
        <source>block at height %1 of %2 does not follow a stored block</source>
            <translation>%2 का ऊँचाई %1 वाला ब्लॉक किसी संग्रहीत ब्लॉक के बाद नहीं आता</translation>
    </message>
    <message>
        <source>block at height %1 of %2: cumulative entry count does not add up</source>
            <translation>%2 का ऊँचाई %1 वाला ब्लॉक: संचयी प्रविष्टि संख्या मेल नहीं खाती</translation>
    </message>
    <message>
        <source>block at height %1 of %2: previous hash does not link to the stored chain</source>
            <translation>%2 का ऊँचाई %1 वाला ब्लॉक: पिछला हैश संग्रहीत शृंखला से नहीं जुड़ता</translation>
    </message>
    <message>
        <source>block origin %1 is not a node certified by a trusted clinic</source>
            <translation>ब्लॉक मूल %1 किसी विश्वसनीय क्लिनिक द्वारा प्रमाणित नोड नहीं है</translation>
    </message>
    <message>
        <source>duplicate entry id</source>
            <translation>दोहरी प्रविष्टि आईडी</translation>
    </message>
    <message>
        <source>entry %1 (position %2 in block at height %3 of %4): %5</source>
            <translation>प्रविष्टि %1 (%4 के ऊँचाई %3 वाले ब्लॉक में स्थान %2): %5</translation>
    </message>
    <message>
        <source>entry %1 in block at height %2 of %3: %4</source>
            <translation>प्रविष्टि %1, %3 के ऊँचाई %2 वाले ब्लॉक में: %4</translation>
    </message>
    <message>
        <source>entry id already on the ledger</source>
            <translation>प्रविष्टि आईडी पहले से लेजर में है</translation>
    </message>
    <message>
        <source>not an access entry</source>
            <translation>यह पहुँच की प्रविष्टि नहीं है</translation>
    </message>
    <message>
        <source>only chart accesses are recorded this way</source>
            <translation>केवल चार्ट तक पहुँच ही इस तरह दर्ज की जाती है</translation>
    </message>
    <message>
        <source>origin %1 equivocated; nothing more is accepted from it</source>
            <translation>मूल %1 ने दोहरे हस्ताक्षर किए; उससे अब कुछ स्वीकार नहीं किया जाएगा</translation>
    </message>
    <message>
        <source>origin %1 signed two blocks at height %2</source>
            <translation>मूल %1 ने ऊँचाई %2 पर दो ब्लॉकों पर हस्ताक्षर किए</translation>
    </message>
    <message>
        <source>queued chart access no. %1 (queued at %2) is damaged: %3; nothing was sealed and every queued access stays queued</source>
            <translation>कतार में रखी चार्ट पहुँच क्रमांक %1 (%2 पर कतार में रखी गई) क्षतिग्रस्त है: %3; कुछ भी सील नहीं हुआ और कतार की हर पहुँच कतार में ही रहती है</translation>
    </message>
    <message>
        <source>the entry is not the one that was queued</source>
            <translation>यह प्रविष्टि वह नहीं है जो कतार में रखी गई थी</translation>
    </message>
    <message>
        <source>the queued chart accesses do not validate: %1; nothing was sealed and every queued access stays queued</source>
            <translation>कतार में रखी चार्ट पहुँच मान्य नहीं हैं: %1; कुछ भी सील नहीं हुआ और कतार की हर पहुँच कतार में ही रहती है</translation>
    </message>
    <message>
        <source>this access is already on record</source>
            <translation>यह पहुँच पहले से दर्ज है</translation>
    </message>
    <message>
        <source>this node still waits for its own chain after a restore; queued chart accesses are sealed once it has caught up</source>
            <translation>यह नोड पुनर्स्थापना के बाद अभी भी अपनी श्रृंखला की प्रतीक्षा कर रहा है; कतार में रखी चार्ट पहुँच उसके बराबर आने पर सील की जाएँगी</translation>
    </message>
    <message>
        <source>this node was restored from a backup and signs nothing until it has caught up with its own chain from a peer; connect it to a peer, or an administrator without peers runs &apos;medilock-cli resume-signing&apos;</source>
            <translation>यह नोड बैकअप से पुनर्स्थापित किया गया है और तब तक कुछ भी हस्ताक्षर नहीं करता जब तक वह किसी पीयर से अपनी स्वयं की शृंखला प्राप्त न कर ले; इसे किसी पीयर से जोड़ें, या बिना पीयर वाला व्यवस्थापक &apos;medilock-cli resume-signing&apos; चलाए</translation>
    </message>
</context>
<context>
    <name>LedgerVerifier</name>
    <message>
        <source>%1 stored entries belong to no stored block</source>
            <translation>%1 संग्रहीत प्रविष्टियाँ किसी संग्रहीत ब्लॉक की नहीं हैं</translation>
    </message>
    <message>
        <source>bad origin signature</source>
            <translation>गलत मूल हस्ताक्षर</translation>
    </message>
    <message>
        <source>block %1</source>
            <translation>ब्लॉक %1</translation>
    </message>
    <message>
        <source>block %1 (height %2 of origin %3)</source>
            <translation>ब्लॉक %1 (मूल %3 की ऊँचाई %2)</translation>
    </message>
    <message>
        <source>does not link to the previous block of its chain</source>
            <translation>अपनी शृंखला के पिछले ब्लॉक से नहीं जुड़ता</translation>
    </message>
    <message>
        <source>entry %1 in %2: %3</source>
            <translation>%2 में प्रविष्टि %1: %3</translation>
    </message>
    <message>
        <source>entry %1 in %2: its stored fields differ from its signed bytes</source>
            <translation>%2 में प्रविष्टि %1: इसके संग्रहीत फ़ील्ड इसके हस्ताक्षरित बाइट से भिन्न हैं</translation>
    </message>
    <message>
        <source>its entries do not match its entries root</source>
            <translation>इसकी प्रविष्टियाँ इसके प्रविष्टि-रूट से मेल नहीं खातीं</translation>
    </message>
    <message>
        <source>its header does not hash to its name</source>
            <translation>इसके हेडर का हैश इसके नाम से मेल नहीं खाता</translation>
    </message>
    <message>
        <source>its origin is not a certified node</source>
            <translation>इसका मूल प्रमाणित नोड नहीं है</translation>
    </message>
    <message>
        <source>the database structure is damaged: %1</source>
            <translation>डेटाबेस संरचना क्षतिग्रस्त है: %1</translation>
    </message>
</context>
<context>
    <name>LoginThrottle</name>
    <message>
        <source>could not clear the failed-login record: %1</source>
            <translation>विफल लॉगिन का रिकॉर्ड साफ़ नहीं किया जा सका: %1</translation>
    </message>
    <message>
        <source>could not record the failed login: %1</source>
            <translation>विफल लॉगिन दर्ज नहीं किया जा सका: %1</translation>
    </message>
    <message numerus="yes">
        <source>too many wrong passphrases for &apos;%1&apos;: wait %n second(s) before trying again</source>
            <translation>
                <numerusform>&apos;%1&apos; के लिए बहुत बार गलत पासफ़्रेज़: फिर से प्रयास करने से पहले %n सेकंड प्रतीक्षा करें</numerusform>
                <numerusform>&apos;%1&apos; के लिए बहुत बार गलत पासफ़्रेज़: फिर से प्रयास करने से पहले %n सेकंड प्रतीक्षा करें</numerusform>
            </translation>
    </message>
</context>
<context>
    <name>NodeBackup</name>
    <message>
        <source>%1 already exists; restore into a new directory</source>
            <translation>%1 पहले से मौजूद है; किसी नई निर्देशिका में पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>%1 in the backup is larger than allowed</source>
            <translation>बैकअप में %1 अनुमति से बड़ा है</translation>
    </message>
    <message>
        <source>%1 is larger than a backup may hold</source>
            <translation>%1 बैकअप में रखी जा सकने वाली सीमा से बड़ा है</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
            <translation>%1 निर्देशिका नहीं है</translation>
    </message>
    <message>
        <source>a backup passphrase needs at least 12 characters</source>
            <translation>बैकअप पासफ़्रेज़ में कम से कम 12 अक्षर होने चाहिए</translation>
    </message>
    <message>
        <source>a peer reported block %1 of this node&apos;s own chain, which is not stored here; signing now would fork the chain. Let the node catch up from that peer (or, if that peer is known to be wrong, override with --despite-peer-head)</source>
            <translation>एक पीयर ने इस नोड की स्वयं की शृंखला का ब्लॉक %1 बताया, जो यहाँ संग्रहीत नहीं है; अभी हस्ताक्षर करने से शृंखला विभाजित हो जाएगी। नोड को उस पीयर से बराबरी करने दें (या, यदि वह पीयर गलत माना जाता है, तो --despite-peer-head से ओवरराइड करें)</translation>
    </message>
    <message>
        <source>cannot create a directory in %1: %2</source>
            <translation>%1 में निर्देशिका नहीं बनाई जा सकती: %2</translation>
    </message>
    <message>
        <source>cannot create a scratch directory in %1: %2</source>
            <translation>%1 में अस्थायी निर्देशिका नहीं बनाई जा सकती: %2</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
            <translation>निर्देशिका %1 नहीं बनाई जा सकती</translation>
    </message>
    <message>
        <source>cannot move the restored node to %1</source>
            <translation>पुनर्स्थापित नोड को %1 में नहीं ले जाया जा सकता</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
            <translation>%1 पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
            <translation>%1 लिखा नहीं जा सकता</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
            <translation>%1 लिखा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>only an administrator can back up the node</source>
            <translation>केवल व्यवस्थापक ही नोड का बैकअप ले सकता है</translation>
    </message>
    <message>
        <source>only an administrator can let a restored node sign again</source>
            <translation>केवल व्यवस्थापक ही पुनर्स्थापित नोड को फिर से हस्ताक्षर करने दे सकता है</translation>
    </message>
    <message>
        <source>scrypt parameters out of bounds</source>
            <translation>scrypt पैरामीटर सीमा से बाहर</translation>
    </message>
    <message>
        <source>the backup holds %1 twice</source>
            <translation>बैकअप में %1 दो बार है</translation>
    </message>
    <message>
        <source>the backup holds a file this program does not restore</source>
            <translation>बैकअप में ऐसी फ़ाइल है जिसे यह प्रोग्राम पुनर्स्थापित नहीं करता</translation>
    </message>
    <message>
        <source>the backup holds an unknown record type %1</source>
            <translation>बैकअप में अज्ञात रिकॉर्ड प्रकार %1 है</translation>
    </message>
    <message>
        <source>the backup lacks the database or the keyring</source>
            <translation>बैकअप में डेटाबेस या कीरिंग नहीं है</translation>
    </message>
    <message>
        <source>the keyring changed while the backup was taken; run the backup again</source>
            <translation>बैकअप लेते समय कीरिंग बदल गई; बैकअप फिर से चलाएँ</translation>
    </message>
    <message>
        <source>the restored ledger does not verify: %1</source>
            <translation>पुनर्स्थापित लेजर सत्यापित नहीं होता: %1</translation>
    </message>
    <message>
        <source>the restored node does not open: %1</source>
            <translation>पुनर्स्थापित नोड नहीं खुलता: %1</translation>
    </message>
    <message>
        <source>this node is not waiting for its own chain; there is nothing to override</source>
            <translation>यह नोड अपनी स्वयं की शृंखला की प्रतीक्षा नहीं कर रहा; ओवरराइड करने को कुछ नहीं है</translation>
    </message>
</context>
<context>
    <name>NodeLock</name>
    <message>
        <source>cannot open %1: %2</source>
            <translation>%1 नहीं खोला जा सकता: %2</translation>
    </message>
    <message>
        <source>cannot return the node lock to shared use</source>
            <translation>नोड लॉक को साझा उपयोग में वापस नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>other programs have this node open (medilockd, the desktop application or another medilock-cli command); stop them and try again</source>
            <translation>अन्य प्रोग्रामों ने यह नोड खोल रखा है (medilockd, डेस्कटॉप एप्लिकेशन या कोई अन्य medilock-cli कमांड); उन्हें बंद करें और फिर से प्रयास करें</translation>
    </message>
    <message>
        <source>the database of this node is being re-keyed; try again when that has finished</source>
            <translation>इस नोड के डेटाबेस का पुनः-कुंजीकरण चल रहा है; पूरा होने पर फिर से प्रयास करें</translation>
    </message>
</context>
<context>
    <name>NodeMaintenance</name>
    <message>
        <source>A backup passphrase needs at least %1 characters.</source>
            <translation>बैकअप पासफ़्रेज़ में कम से कम %1 अक्षर होने चाहिए।</translation>
    </message>
</context>
<context>
    <name>NodeService</name>
    <message>
        <source>--listen wants ADDR:PORT with a numeric address, not &apos;%1&apos;</source>
            <translation>--listen को संख्यात्मक पते के साथ ADDR:PORT चाहिए, &apos;%1&apos; नहीं</translation>
    </message>
</context>
<context>
    <name>NodeSetup</name>
    <message>
        <source>%1 already holds a MediLock node</source>
            <translation>%1 में पहले से एक MediLock नोड है</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid user name (letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, at most 64)</source>
            <translation>&apos;%1&apos; मान्य उपयोगकर्ता नाम नहीं है (अक्षर, अंक, &apos;.&apos;, &apos;_&apos; या &apos;-&apos;, अधिकतम 64)</translation>
    </message>
    <message>
        <source>a clinic name needs 1 to 120 characters</source>
            <translation>क्लिनिक के नाम में 1 से 120 अक्षर होने चाहिए</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
            <translation>निर्देशिका %1 नहीं बनाई जा सकी</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>a passphrase needs at least %1 characters</source>
            <translation>पासफ़्रेज़ में कम से कम %1 अक्षर होने चाहिए</translation>
    </message>
    <message>
        <source>no passphrase: set %1 or pass a passphrase file</source>
            <translation>कोई पासफ़्रेज़ नहीं: %1 सेट करें या पासफ़्रेज़ फ़ाइल दें</translation>
    </message>
    <message>
        <source>the passphrase file %1 is empty</source>
            <translation>पासफ़्रेज़ फ़ाइल %1 खाली है</translation>
    </message>
</context>
<context>
    <name>PatientId</name>
    <message>
        <source>&apos;%1&apos; is not a patient id (32 hexadecimal digits)</source>
            <translation>&apos;%1&apos; रोगी आईडी नहीं है (32 हेक्साडेसिमल अंक)</translation>
    </message>
</context>
<context>
    <name>PatientRegistry</name>
    <message>
        <source>choose two different registrations</source>
            <translation>दो अलग-अलग पंजीकरण चुनें</translation>
    </message>
    <message>
        <source>no patient with that id on this node</source>
            <translation>इस नोड पर इस आईडी का कोई रोगी नहीं है</translation>
    </message>
    <message>
        <source>nothing was changed</source>
            <translation>कुछ नहीं बदला गया</translation>
    </message>
    <message>
        <source>these registrations are already linked as one person</source>
            <translation>ये पंजीकरण पहले से एक ही व्यक्ति के रूप में जुड़े हैं</translation>
    </message>
    <message>
        <source>these two registrations were not linked to each other</source>
            <translation>ये दोनों पंजीकरण आपस में जुड़े नहीं थे</translation>
    </message>
</context>
<context>
    <name>PatientResource</name>
    <message>
        <source>Emergency contact</source>
            <translation>आपातकालीन संपर्क</translation>
    </message>
    <message>
        <source>choose the sex: male, female, other or unknown</source>
            <translation>लिंग चुनें: पुरुष, महिला, अन्य या अज्ञात</translation>
    </message>
    <message>
        <source>enter a birth date that is not in the future</source>
            <translation>ऐसी जन्म तिथि दर्ज करें जो भविष्य में न हो</translation>
    </message>
    <message>
        <source>enter the family name and at least one given name</source>
            <translation>उपनाम और कम से कम एक पहला नाम दर्ज करें</translation>
    </message>
</context>
<context>
    <name>PeerHealthModel</name>
    <message>
        <source>Bans</source>
            <translation>प्रतिबंध</translation>
    </message>
    <message>
        <source>Blocks ahead</source>
            <translation>आगे के ब्लॉक</translation>
    </message>
    <message>
        <source>Blocks behind</source>
            <translation>पीछे के ब्लॉक</translation>
    </message>
    <message>
        <source>Equivocation alerts</source>
            <translation>दोहरे ब्लॉक की चेतावनियाँ</translation>
    </message>
    <message>
        <source>Failed verifications</source>
            <translation>विफल सत्यापन</translation>
    </message>
    <message>
        <source>Last contact</source>
            <translation>अंतिम संपर्क</translation>
    </message>
    <message>
        <source>Peer</source>
            <translation>पीयर</translation>
    </message>
    <message>
        <source>State</source>
            <translation>अवस्था</translation>
    </message>
    <message>
        <source>TLS %1
node %2</source>
            <translation>TLS %1
नोड %2</translation>
    </message>
    <message>
        <source>banned until %1</source>
            <translation>%1 तक प्रतिबंधित</translation>
    </message>
    <message>
        <source>connected</source>
            <translation>जुड़ा हुआ</translation>
    </message>
    <message>
        <source>never</source>
            <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>not connected</source>
            <translation>जुड़ा नहीं</translation>
    </message>
    <message>
        <source>not known yet</source>
            <translation>अभी ज्ञात नहीं</translation>
    </message>
</context>
<context>
    <name>PeerPairing</name>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT</source>
            <translation>&apos;%1&apos; HOST:PORT नहीं है</translation>
    </message>
    <message>
        <source>a TLS fingerprint is 64 hexadecimal digits (see &apos;medilock-cli id&apos; on the peer)</source>
            <translation>TLS फ़िंगरप्रिंट 64 हेक्साडेसिमल अंकों का होता है (पीयर पर &apos;medilock-cli id&apos; देखें)</translation>
    </message>
    <message>
        <source>only an administrator can pair peers</source>
            <translation>केवल प्रशासक ही पीयर जोड़ सकता है</translation>
    </message>
    <message>
        <source>that is this node&apos;s own certificate</source>
            <translation>यह इसी नोड का अपना प्रमाणपत्र है</translation>
    </message>
</context>
<context>
    <name>Projection</name>
    <message>
        <source>%1 entry must carry a Patient resource</source>
            <translation>%1 प्रविष्टि में Patient संसाधन होना चाहिए</translation>
    </message>
    <message>
        <source>%1 entry: the payload has no valid resourceType</source>
            <translation>%1 प्रविष्टि: पेलोड में मान्य resourceType नहीं है</translation>
    </message>
    <message>
        <source>%1 entry: the payload is not a FHIR JSON resource</source>
            <translation>%1 प्रविष्टि: पेलोड FHIR JSON संसाधन नहीं है</translation>
    </message>
    <message>
        <source>a patient cannot be linked to itself</source>
            <translation>किसी रोगी को स्वयं से नहीं जोड़ा जा सकता</translation>
    </message>
    <message>
        <source>an amendment must name the entry it supersedes</source>
            <translation>संशोधन में उस प्रविष्टि का उल्लेख होना चाहिए जिसे वह बदलता है</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
            <translation>रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
            <translation>बंद करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;OK</source>
            <translation>ठीक है (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
            <translation>सहेजें (&amp;S)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
            <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
            <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
            <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
            <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
            <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
            <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
            <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>A cryptographic self-test failed. MediLock will not run on this machine.</source>
            <translation>एक क्रिप्टोग्राफ़िक स्व-परीक्षण विफल हुआ। MediLock इस मशीन पर नहीं चलेगा।</translation>
    </message>
    <message>
        <source>Language of the application: en, de or hi (default: the node&apos;s setting).</source>
            <translation>एप्लिकेशन की भाषा: en, de या hi (डिफ़ॉल्ट: नोड की सेटिंग)।</translation>
    </message>
    <message>
        <source>Lock after this many minutes without input.</source>
            <translation>इतने मिनट तक कोई इनपुट न होने पर लॉक करें।</translation>
    </message>
    <message>
        <source>MediLock</source>
            <translation>MediLock</translation>
    </message>
    <message>
        <source>MediLock clinical records</source>
            <translation>MediLock नैदानिक रिकॉर्ड</translation>
    </message>
    <message>
        <source>Node directory.</source>
            <translation>नोड निर्देशिका।</translation>
    </message>
    <message>
        <source>User name to pre-fill.</source>
            <translation>पहले से भरने के लिए उपयोगकर्ता नाम।</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
            <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
            <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <source>Abort</source>
            <translation>निरस्त करें</translation>
    </message>
    <message>
        <source>Apply</source>
            <translation>लागू करें</translation>
    </message>
    <message>
        <source>Cancel</source>
            <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Close</source>
            <translation>बंद करें</translation>
    </message>
    <message>
        <source>Discard</source>
            <translation>छोड़ दें</translation>
    </message>
    <message>
        <source>Help</source>
            <translation>सहायता</translation>
    </message>
    <message>
        <source>Ignore</source>
            <translation>अनदेखा करें</translation>
    </message>
    <message>
        <source>OK</source>
            <translation>ठीक है</translation>
    </message>
    <message>
        <source>Open</source>
            <translation>खोलें</translation>
    </message>
    <message>
        <source>Reset</source>
            <translation>रीसेट करें</translation>
    </message>
    <message>
        <source>Retry</source>
            <translation>फिर से प्रयास करें</translation>
    </message>
    <message>
        <source>Save</source>
            <translation>सहेजें</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
            <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Select All</source>
            <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>ResourceSummary</name>
    <message>
        <source>the patient record is not a JSON object</source>
            <translation>रोगी रिकॉर्ड JSON ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <source>the record has no resourceType</source>
            <translation>रिकॉर्ड में resourceType नहीं है</translation>
    </message>
    <message>
        <source>the record is a %1, not a Patient</source>
            <translation>रिकॉर्ड %1 है, Patient नहीं</translation>
    </message>
    <message>
        <source>the record is not a JSON object</source>
            <translation>रिकॉर्ड JSON ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <source>the record is not valid JSON: %1 at byte %2</source>
            <translation>रिकॉर्ड मान्य JSON नहीं है: बाइट %2 पर %1</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
            <translation>प्रशासक</translation>
    </message>
    <message>
        <source>Nurse</source>
            <translation>नर्स</translation>
    </message>
    <message>
        <source>Physician</source>
            <translation>चिकित्सक</translation>
    </message>
    <message>
        <source>Reception</source>
            <translation>रिसेप्शन</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>this node&apos;s database has schema version %1, newer than this program understands (%2); update MediLock</source>
            <translation>इस नोड के डेटाबेस का स्कीमा संस्करण %1 है, जो इस प्रोग्राम की समझ (%2) से नया है; MediLock अपडेट करें</translation>
    </message>
</context>
<context>
    <name>Scrypt</name>
    <message>
        <source>out of memory</source>
            <translation>मेमोरी समाप्त</translation>
    </message>
    <message>
        <source>scrypt is not available in this OpenSSL</source>
            <translation>इस OpenSSL में scrypt उपलब्ध नहीं है</translation>
    </message>
    <message>
        <source>scrypt key derivation failed</source>
            <translation>scrypt कुंजी व्युत्पत्ति विफल</translation>
    </message>
    <message>
        <source>scrypt parameters out of bounds</source>
            <translation>scrypt पैरामीटर सीमा से बाहर हैं</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>cryptographic self-test failed: %1</source>
            <translation>क्रिप्टोग्राफ़िक स्व-परीक्षण विफल: %1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 holds no MediLock data (empty or replaced database)</source>
            <translation>%1 में MediLock डेटा नहीं है (खाली या बदला हुआ डेटाबेस)</translation>
    </message>
    <message>
        <source>%1 holds no MediLock node; create one with &apos;medilock-cli init&apos;</source>
            <translation>%1 में कोई MediLock नोड नहीं है; &apos;medilock-cli init&apos; से एक बनाएँ</translation>
    </message>
    <message numerus="yes">
        <source>%1; wait %n second(s) before trying again</source>
            <translation>
                <numerusform>%1; फिर से प्रयास करने से पहले %n सेकंड प्रतीक्षा करें</numerusform>
                <numerusform>%1; फिर से प्रयास करने से पहले %n सेकंड प्रतीक्षा करें</numerusform>
            </translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a keyring slot but is not an enrolled, active user of this clinic</source>
            <translation>&apos;%1&apos; का कीरिंग स्लॉट है पर वह इस क्लिनिक का नामांकित, सक्रिय उपयोगकर्ता नहीं है</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid user name</source>
            <translation>&apos;%1&apos; मान्य उपयोगकर्ता नाम नहीं है</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid user name (letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, at most 64)</source>
            <translation>&apos;%1&apos; मान्य उपयोगकर्ता नाम नहीं है (अक्षर, अंक, &apos;.&apos;, &apos;_&apos; या &apos;-&apos;, अधिकतम 64)</translation>
    </message>
    <message>
        <source>only an administrator holding the clinic root key can enrol users</source>
            <translation>केवल क्लिनिक रूट कुंजी रखने वाला प्रशासक ही उपयोगकर्ता नामांकित कर सकता है</translation>
    </message>
    <message>
        <source>the clinic root key in this keyring slot does not belong to this clinic</source>
            <translation>इस कीरिंग स्लॉट की क्लिनिक रूट कुंजी इस क्लिनिक की नहीं है</translation>
    </message>
    <message>
        <source>the node keyring slot does not hold this node&apos;s key</source>
            <translation>कीरिंग के नोड स्लॉट में इस नोड की कुंजी नहीं है</translation>
    </message>
    <message>
        <source>the node&apos;s identity in its database is damaged</source>
            <translation>डेटाबेस में नोड की पहचान क्षतिग्रस्त है</translation>
    </message>
    <message>
        <source>there is already a user &apos;%1&apos; in this clinic</source>
            <translation>इस क्लिनिक में पहले से उपयोगकर्ता &apos;%1&apos; है</translation>
    </message>
    <message>
        <source>there is already a user &apos;%1&apos; on this node</source>
            <translation>इस नोड पर पहले से उपयोगकर्ता &apos;%1&apos; है</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>%1 message is truncated or malformed</source>
            <translation>%1 संदेश अधूरा या गलत रूप में है</translation>
    </message>
    <message>
        <source>a block of %1 bytes is outside 1..%2</source>
            <translation>%1 बाइट का ब्लॉक 1..%2 से बाहर है</translation>
    </message>
    <message>
        <source>an equivocation proof signature does not verify</source>
            <translation>दोहरे हस्ताक्षर के प्रमाण का हस्ताक्षर सत्यापित नहीं होता</translation>
    </message>
    <message>
        <source>block %1 of the message: %2</source>
            <translation>संदेश का ब्लॉक %1: %2</translation>
    </message>
    <message>
        <source>blocks message carries %1 blocks, more than %2</source>
            <translation>blocks संदेश में %1 ब्लॉक हैं, %2 से अधिक</translation>
    </message>
    <message>
        <source>equivocation proof carries an invalid block header</source>
            <translation>दोहरे हस्ताक्षर के प्रमाण में एक अमान्य ब्लॉक हेडर है</translation>
    </message>
    <message>
        <source>equivocation proof carries the same header twice</source>
            <translation>दोहरे हस्ताक्षर के प्रमाण में एक ही हेडर दो बार है</translation>
    </message>
    <message>
        <source>equivocation proof headers do not match its origin and height</source>
            <translation>दोहरे हस्ताक्षर के प्रमाण के हेडर उसके मूल और ऊँचाई से मेल नहीं खाते</translation>
    </message>
    <message>
        <source>frame length %1 is outside 1..%2</source>
            <translation>फ़्रेम लंबाई %1, 1..%2 से बाहर है</translation>
    </message>
    <message>
        <source>get-blocks asks for %1 blocks, outside 1..%2</source>
            <translation>get-blocks %1 ब्लॉक माँगता है, 1..%2 से बाहर</translation>
    </message>
    <message>
        <source>hello heads are not in strictly ascending origin order</source>
            <translation>hello के शृंखला-शीर्ष मूल के क्रम में सख्ती से बढ़ते हुए नहीं हैं</translation>
    </message>
    <message>
        <source>hello lists %1 chain heads, more than %2</source>
            <translation>hello में %1 शृंखला-शीर्ष हैं, %2 से अधिक</translation>
    </message>
    <message>
        <source>message of type %1 has %2 trailing bytes</source>
            <translation>प्रकार %1 के संदेश के अंत में %2 अतिरिक्त बाइट हैं</translation>
    </message>
    <message>
        <source>this node&apos;s TLS certificate cannot be loaded</source>
            <translation>इस नोड का TLS प्रमाणपत्र लोड नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>this node&apos;s TLS key cannot be loaded</source>
            <translation>इस नोड की TLS कुंजी लोड नहीं की जा सकती</translation>
    </message>
    <message>
        <source>unknown goodbye reason %1</source>
            <translation>अज्ञात विदाई कारण %1</translation>
    </message>
    <message>
        <source>unknown message type %1</source>
            <translation>अज्ञात संदेश प्रकार %1</translation>
    </message>
    <message>
        <source>unsupported sync protocol version %1</source>
            <translation>असमर्थित सिंक प्रोटोकॉल संस्करण %1</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message numerus="yes">
        <source>%1 of %n peer(s) connected</source>
            <translation>
                <numerusform>%n में से %1 पीयर जुड़ा</numerusform>
                <numerusform>%n में से %1 पीयर जुड़े</numerusform>
            </translation>
    </message>
    <message>
        <source>%1: %2, last contact %3, %4 blocks behind, %5 ahead</source>
            <translation>%1: %2, अंतिम संपर्क %3, %4 ब्लॉक पीछे, %5 आगे</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) behind</source>
            <translation>
                <numerusform>%n ब्लॉक पीछे</numerusform>
                <numerusform>%n ब्लॉक पीछे</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <source>%n equivocation alert(s)</source>
            <translation>
                <numerusform>दोहरे हस्ताक्षर की %n चेतावनी</numerusform>
                <numerusform>दोहरे हस्ताक्षर की %n चेतावनियाँ</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <source>%n failed verification(s)</source>
            <translation>
                <numerusform>%n विफल सत्यापन</numerusform>
                <numerusform>%n विफल सत्यापन</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) banned</source>
            <translation>
                <numerusform>%n पीयर प्रतिबंधित</numerusform>
                <numerusform>%n पीयर प्रतिबंधित</numerusform>
            </translation>
    </message>
    <message>
        <source>Sync: %1</source>
            <translation>सिंक: %1</translation>
    </message>
    <message>
        <source>connected</source>
            <translation>जुड़ा हुआ</translation>
    </message>
    <message>
        <source>never</source>
            <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>not connected</source>
            <translation>जुड़ा नहीं</translation>
    </message>
    <message>
        <source>restored from a backup: no record is signed until this node&apos;s own chain is back from a peer; chart openings are kept and sealed then</source>
            <translation>बैकअप से पुनर्स्थापित: जब तक इस नोड की अपनी श्रृंखला किसी पीयर से वापस नहीं आती, कोई रिकॉर्ड हस्ताक्षरित नहीं होता; चार्ट खोलना दर्ज रखा जाता है और तब सील किया जाता है</translation>
    </message>
    <message>
        <source>up to date</source>
            <translation>अद्यतन</translation>
    </message>
</context>
<context>
    <name>TlsIdentity</name>
    <message>
        <source>cannot create the TLS certificate</source>
            <translation>TLS प्रमाणपत्र नहीं बनाया जा सकता</translation>
    </message>
    <message>
        <source>cannot encode the TLS certificate</source>
            <translation>TLS प्रमाणपत्र एन्कोड नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>cannot encode the TLS identity</source>
            <translation>TLS पहचान एन्कोड नहीं की जा सकती</translation>
    </message>
    <message>
        <source>cannot generate the TLS key</source>
            <translation>TLS कुंजी नहीं बनाई जा सकती</translation>
    </message>
    <message>
        <source>the stored TLS certificate cannot be read</source>
            <translation>संग्रहीत TLS प्रमाणपत्र पढ़ा नहीं जा सकता</translation>
    </message>
    <message>
        <source>the stored TLS key cannot be read</source>
            <translation>संग्रहीत TLS कुंजी पढ़ी नहीं जा सकती</translation>
    </message>
    <message>
        <source>the stored TLS key does not match its certificate</source>
            <translation>संग्रहीत TLS कुंजी अपने प्रमाणपत्र से मेल नहीं खाती</translation>
    </message>
</context>
<context>
    <name>TrustState</name>
    <message>
        <source>%1 entry signed by %2 after that user was revoked</source>
            <translation>%1 प्रविष्टि पर %2 के हस्ताक्षर उस उपयोगकर्ता के निरस्त होने के बाद के हैं</translation>
    </message>
    <message>
        <source>%1 entry signed by %2 before that user was enrolled</source>
            <translation>%1 प्रविष्टि पर %2 के हस्ताक्षर उस उपयोगकर्ता के नामांकन से पहले के हैं</translation>
    </message>
    <message>
        <source>%1 entry signed by %2, a key no trusted clinic enrolled</source>
            <translation>%1 प्रविष्टि पर %2 के हस्ताक्षर, यह कुंजी किसी विश्वसनीय क्लिनिक ने नामांकित नहीं की</translation>
    </message>
    <message>
        <source>%1 entry signed by %2, which is not a trusted clinic root</source>
            <translation>%1 प्रविष्टि पर %2 के हस्ताक्षर, जो विश्वसनीय क्लिनिक रूट नहीं है</translation>
    </message>
    <message>
        <source>%1 entry signed by a user of a clinic this node does not trust</source>
            <translation>%1 प्रविष्टि पर ऐसे क्लिनिक के उपयोगकर्ता के हस्ताक्षर जिस पर यह नोड भरोसा नहीं करता</translation>
    </message>
    <message>
        <source>%1 may not sign %2 entries (role %3)</source>
            <translation>%1 %2 प्रविष्टियों पर हस्ताक्षर नहीं कर सकता (भूमिका %3)</translation>
    </message>
    <message>
        <source>a clinic can revoke only users it enrolled</source>
            <translation>क्लिनिक केवल अपने नामांकित उपयोगकर्ताओं को ही निरस्त कर सकता है</translation>
    </message>
    <message>
        <source>user key %1 is already enrolled by another clinic</source>
            <translation>उपयोगकर्ता कुंजी %1 पहले से किसी दूसरे क्लिनिक द्वारा नामांकित है</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>MediLock has no translation for the language &apos;%1&apos;; choose one of %2</source>
            <translation>MediLock में भाषा &apos;%1&apos; का अनुवाद नहीं है; इनमें से एक चुनें: %2</translation>
    </message>
    <message>
        <source>cannot save the language setting in %1</source>
            <translation>भाषा सेटिंग %1 में सहेजी नहीं जा सकी</translation>
    </message>
    <message>
        <source>the %1 translation is missing from this build</source>
            <translation>इस बिल्ड में %1 अनुवाद नहीं है</translation>
    </message>
</context>
<context>
    <name>UserKeys</name>
    <message>
        <source>%1; and the previous keyring could not be put back: %2</source>
            <translation>%1; और पिछली कीरिंग वापस नहीं रखी जा सकी: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no keyring slot on this node; rotate the key on the node they sign in on</source>
            <translation>&apos;%1&apos; का इस नोड पर कोई कीरिंग स्लॉट नहीं है; कुंजी उस नोड पर बदलें जहाँ वे साइन इन करते हैं</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is revoked and their keyring slot removed, but the database was not re-keyed: %2; run &apos;medilock-cli rekey&apos; when that is resolved</source>
            <translation>&apos;%1&apos; रद्द कर दिया गया है और उनका कीरिंग स्लॉट हटा दिया गया है, लेकिन डेटाबेस का पुनः-कुंजीकरण नहीं हुआ: %2; यह ठीक होने पर &apos;medilock-cli rekey&apos; चलाएँ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is revoked, but the database was not re-keyed: %2; run &apos;medilock-cli rekey&apos; when that is resolved</source>
            <translation>&apos;%1&apos; रद्द कर दिया गया है, लेकिन डेटाबेस का पुनः-कुंजीकरण नहीं हुआ: %2; यह ठीक होने पर &apos;medilock-cli rekey&apos; चलाएँ</translation>
    </message>
    <message>
        <source>an administrator cannot revoke their own key; ask another administrator</source>
            <translation>प्रशासक अपनी ही कुंजी निरस्त नहीं कर सकता; किसी दूसरे प्रशासक से कहें</translation>
    </message>
    <message>
        <source>give a reason for the revocation (1 to %1 characters)</source>
            <translation>निरस्तीकरण का कारण दें (1 से %1 अक्षर)</translation>
    </message>
    <message>
        <source>only an administrator holding the clinic root key can rotate or revoke keys</source>
            <translation>केवल क्लिनिक रूट कुंजी रखने वाला प्रशासक ही कुंजियाँ बदल या निरस्त कर सकता है</translation>
    </message>
    <message>
        <source>the enrolment of &apos;%1&apos; cannot be read</source>
            <translation>&apos;%1&apos; का नामांकन पढ़ा नहीं जा सकता</translation>
    </message>
    <message>
        <source>there is no active user &apos;%1&apos; in this clinic</source>
            <translation>इस क्लिनिक में कोई सक्रिय उपयोगकर्ता &apos;%1&apos; नहीं है</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>Enrolled</source>
            <translation>नामांकित</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
            <translation>कुंजी फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <source>Role</source>
            <translation>भूमिका</translation>
    </message>
    <message>
        <source>Status</source>
            <translation>स्थिति</translation>
    </message>
    <message>
        <source>User</source>
            <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>active</source>
            <translation>सक्रिय</translation>
    </message>
    <message>
        <source>revoked %1</source>
            <translation>%1 को निरस्त</translation>
    </message>
</context>
<context>
    <name>VitalSeries</name>
    <message>
        <source>Diastolic blood pressure</source>
            <translation>डायस्टोलिक रक्तचाप</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
            <translation>सिस्टोलिक रक्तचाप</translation>
    </message>
</context>
<context>
    <name>X25519</name>
    <message>
        <source>X25519 key agreement failed (invalid public key)</source>
            <translation>X25519 कुंजी समझौता विफल (अमान्य सार्वजनिक कुंजी)</translation>
    </message>
    <message>
        <source>an X25519 key is 32 bytes</source>
            <translation>X25519 कुंजी 32 बाइट की होती है</translation>
    </message>
    <message>
        <source>an X25519 private key is 32 bytes</source>
            <translation>X25519 निजी कुंजी 32 बाइट की होती है</translation>
    </message>
</context>
<context>
    <name>medilock::ledger::sync::LanDiscovery</name>
    <message>
        <source>cannot listen for LAN announcements on UDP port %1: %2</source>
            <translation>UDP पोर्ट %1 पर LAN घोषणाएँ नहीं सुनी जा सकतीं: %2</translation>
    </message>
</context>
<context>
    <name>medilock::ledger::sync::PeerSession</name>
    <message>
        <source>a block that does not link, and no block below it</source>
            <translation>एक ब्लॉक जो नहीं जुड़ता, और उसके नीचे कोई ब्लॉक नहीं</translation>
    </message>
    <message>
        <source>a block whose previous hash links to nothing</source>
            <translation>एक ब्लॉक जिसका पिछला हैश किसी से नहीं जुड़ता</translation>
    </message>
    <message>
        <source>a message before hello</source>
            <translation>hello से पहले एक संदेश</translation>
    </message>
    <message>
        <source>a second hello</source>
            <translation>दूसरा hello</translation>
    </message>
    <message>
        <source>an answer with blocks other than those asked for</source>
            <translation>माँगे गए ब्लॉकों के अलावा अन्य ब्लॉकों वाला उत्तर</translation>
    </message>
    <message>
        <source>blocks nobody asked for</source>
            <translation>ऐसे ब्लॉक जो किसी ने नहीं माँगे</translation>
    </message>
    <message>
        <source>blocks that never link to the chain</source>
            <translation>ऐसे ब्लॉक जो कभी शृंखला से नहीं जुड़ते</translation>
    </message>
    <message>
        <source>cannot read blocks to answer a request: %1</source>
            <translation>अनुरोध का उत्तर देने के लिए ब्लॉक पढ़े नहीं जा सकते: %1</translation>
    </message>
    <message>
        <source>cannot read local chain heads: %1</source>
            <translation>स्थानीय शृंखला-शीर्ष पढ़े नहीं जा सकते: %1</translation>
    </message>
    <message>
        <source>cannot read the stored chain: %1</source>
            <translation>संग्रहीत शृंखला पढ़ी नहीं जा सकती: %1</translation>
    </message>
    <message>
        <source>cannot record an equivocation proof: %1</source>
            <translation>दोहरे हस्ताक्षर का प्रमाण दर्ज नहीं किया जा सकता: %1</translation>
    </message>
    <message>
        <source>invalid block at height %1 of %2: %3</source>
            <translation>%2 का ऊँचाई %1 वाला अमान्य ब्लॉक: %3</translation>
    </message>
    <message>
        <source>invalid block at height %1: %2</source>
            <translation>ऊँचाई %1 पर अमान्य ब्लॉक: %2</translation>
    </message>
    <message>
        <source>more blocks than asked for</source>
            <translation>माँगे गए से अधिक ब्लॉक</translation>
    </message>
    <message>
        <source>more than %1 requests in flight</source>
            <translation>%1 से अधिक अनुरोध लंबित</translation>
    </message>
    <message>
        <source>no hello in time</source>
            <translation>समय पर hello नहीं आया</translation>
    </message>
    <message>
        <source>protocol violation: %1</source>
            <translation>प्रोटोकॉल उल्लंघन: %1</translation>
    </message>
    <message>
        <source>said goodbye (reason %1)</source>
            <translation>विदा ली (कारण %1)</translation>
    </message>
    <message>
        <source>silent for too long; disconnecting</source>
            <translation>बहुत देर से चुप; कनेक्शन तोड़ा जा रहा है</translation>
    </message>
    <message>
        <source>the peer does not read: more than %1 bytes wait to be sent</source>
            <translation>पीयर पढ़ नहीं रहा: %1 से अधिक बाइट भेजे जाने की प्रतीक्षा में हैं</translation>
    </message>
    <message>
        <source>the peer stopped reading</source>
            <translation>पीयर ने पढ़ना बंद कर दिया</translation>
    </message>
</context>
<context>
    <name>medilock::ledger::sync::SyncNode</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
            <translation>%1:%2 पर सुना नहीं जा सकता: %3</translation>
    </message>
    <message>
        <source>connected to itself</source>
            <translation>स्वयं से जुड़ा</translation>
    </message>
    <message>
        <source>duplicate connection</source>
            <translation>दोहरा कनेक्शन</translation>
    </message>
    <message>
        <source>filled the pending set</source>
            <translation>लंबित सूची भर दी</translation>
    </message>
    <message>
        <source>more blocks of unknown origin than the pending set holds</source>
            <translation>अज्ञात मूल के ब्लॉक लंबित सूची की क्षमता से अधिक हैं</translation>
    </message>
    <message>
        <source>the blocks just received could not be committed</source>
            <translation>अभी प्राप्त ब्लॉक सहेजे नहीं जा सके</translation>
    </message>
    <message>
        <source>the peer&apos;s node key is not the one its clinic bound to its certificate</source>
            <translation>पीयर की नोड कुंजी वह नहीं है जिसे उसके क्लिनिक ने उसके प्रमाणपत्र से जोड़ा था</translation>
    </message>
    <message>
        <source>the peer&apos;s own node signed two blocks at height %1</source>
            <translation>पीयर के अपने नोड ने ऊँचाई %1 पर दो ब्लॉकों पर हस्ताक्षर किए</translation>
    </message>
</context>
<context>
    <name>medilock::ui::AccessLogModel</name>
    <message>
        <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Clinic</source>
            <translation>क्लिनिक</translation>
    </message>
    <message>
        <source>Recorded and signed by %1 on this node, which was restored from a backup; it is sealed into the ledger once the node has caught up with its own chain from a peer.</source>
            <translation>%1 द्वारा इस नोड पर दर्ज और हस्ताक्षरित, जो बैकअप से पुनर्स्थापित हुआ है; नोड के किसी पीयर से अपनी श्रृंखला तक पहुँचने पर इसे लेजर में सील किया जाएगा।</translation>
    </message>
    <message>
        <source>What</source>
            <translation>क्या</translation>
    </message>
    <message>
        <source>When</source>
            <translation>कब</translation>
    </message>
    <message>
        <source>Who</source>
            <translation>कौन</translation>
    </message>
</context>
<context>
    <name>medilock::ui::AccessReportButton</name>
    <message>
        <source>Access &amp;report</source>
            <translation>पहुँच रिपोर्ट (&amp;R)</translation>
    </message>
    <message>
        <source>Access report</source>
            <translation>पहुँच रिपोर्ट</translation>
    </message>
    <message numerus="yes">
        <source>Access report of %1 written (%n access(es)).</source>
            <translation>
                <numerusform>%1 की पहुँच रिपोर्ट लिखी गई (%n पहुँच)।</numerusform>
                <numerusform>%1 की पहुँच रिपोर्ट लिखी गई (%n पहुँच)।</numerusform>
            </translation>
    </message>
    <message>
        <source>Access report: who opened this chart</source>
            <translation>पहुँच रिपोर्ट: यह चार्ट किसने खोला</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
            <translation>प्रिंट करें… (&amp;R)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
            <translation>PDF के रूप में सहेजें… (&amp;P)</translation>
    </message>
    <message>
        <source>Save the access report as PDF</source>
            <translation>पहुँच रिपोर्ट को PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>access-report.pdf</source>
            <translation>access-report.pdf</translation>
    </message>
</context>
<context>
    <name>medilock::ui::AdministrationPage</name>
    <message>
        <source>&amp;Break-glass review</source>
            <translation>ब्रेक-ग्लास समीक्षा (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
            <translation>लेजर (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Users</source>
            <translation>उपयोगकर्ता (&amp;U)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Administration — %1&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;प्रशासन — %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Administration</source>
            <translation>प्रशासन</translation>
    </message>
    <message>
        <source>Clinic a&amp;nd trust</source>
            <translation>क्लिनिक और भरोसा (&amp;N)</translation>
    </message>
    <message>
        <source>Peers and s&amp;ync</source>
            <translation>पीयर और सिंक (&amp;Y)</translation>
    </message>
</context>
<context>
    <name>medilock::ui::AllergyDialog</name>
    <message>
        <source>&amp;Criticality:</source>
            <translation>गंभीरता (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Reaction:</source>
            <translation>प्रतिक्रिया (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Substance:</source>
            <translation>पदार्थ (&amp;S):</translation>
    </message>
    <message>
        <source>Criticality</source>
            <translation>गंभीरता</translation>
    </message>
    <message>
        <source>High — may be life-threatening</source>
            <translation>उच्च — जानलेवा हो सकती है</translation>
    </message>
    <message>
        <source>Low</source>
            <translation>निम्न</translation>
    </message>
    <message>
        <source>Reaction</source>
            <translation>प्रतिक्रिया</translation>
    </message>
    <message>
        <source>Record an allergy</source>
            <translation>एलर्जी दर्ज करें</translation>
    </message>
    <message>
        <source>Substance</source>
            <translation>पदार्थ</translation>
    </message>
    <message>
        <source>The patient has &amp;no known allergies</source>
            <translation>रोगी को कोई ज्ञात एलर्जी नहीं है (&amp;N)</translation>
    </message>
    <message>
        <source>Unable to assess</source>
            <translation>आकलन संभव नहीं</translation>
    </message>
    <message>
        <source>e.g. Penicillin, peanuts, latex</source>
            <translation>जैसे पेनिसिलिन, मूँगफली, लेटेक्स</translation>
    </message>
    <message>
        <source>e.g. anaphylaxis, hives</source>
            <translation>जैसे एनाफ़िलेक्सिस, पित्ती</translation>
    </message>
</context>
<context>
    <name>medilock::ui::AmendDialog</name>
    <message>
        <source>&amp;Reason:</source>
            <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Sign correction</source>
            <translation>सुधार पर हस्ताक्षर करें (&amp;S)</translation>
    </message>
    <message>
        <source>Mark entered in error</source>
            <translation>गलती से दर्ज चिह्नित करें</translation>
    </message>
    <message>
        <source>Reason</source>
            <translation>कारण</translation>
    </message>
    <message>
        <source>Record:</source>
            <translation>रिकॉर्ड:</translation>
    </message>
    <message>
        <source>e.g. recorded on the wrong patient</source>
            <translation>जैसे गलत रोगी पर दर्ज किया गया</translation>
    </message>
</context>
<context>
    <name>medilock::ui::BackupDialog</name>
    <message>
        <source>&amp;Again:</source>
            <translation>दोबारा (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Save backup as…</source>
            <translation>बैकअप इस रूप में सहेजें… (&amp;S)</translation>
    </message>
    <message>
        <source>A backup under way cannot be cancelled; the window closes once it has ended.</source>
            <translation>चल रहा बैकअप रद्द नहीं किया जा सकता; उसके पूरा होने के बाद ही यह विंडो बंद होती है।</translation>
    </message>
    <message>
        <source>Back up the node</source>
            <translation>नोड का बैकअप लें</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
            <translation>बैकअप पासफ़्रेज़ (&amp;P):</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
            <translation>बैकअप पासफ़्रेज़</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
            <translation>बैकअप पासफ़्रेज़ दोबारा</translation>
    </message>
    <message>
        <source>Backup progress</source>
            <translation>बैकअप की प्रगति</translation>
    </message>
    <message>
        <source>Key derivation and snapshot of the database…</source>
            <translation>कुंजी व्युत्पत्ति और डेटाबेस का स्नैपशॉट…</translation>
    </message>
    <message>
        <source>MediLock backups (*.mlbak)</source>
            <translation>MediLock बैकअप (*.mlbak)</translation>
    </message>
    <message>
        <source>Save the backup as</source>
            <translation>बैकअप इस रूप में सहेजें</translation>
    </message>
    <message>
        <source>Step 1 of 2: snapshot of the database…</source>
            <translation>चरण 2 में से 1: डेटाबेस का स्नैपशॉट…</translation>
    </message>
    <message>
        <source>Step 2 of 2: writing the archive…</source>
            <translation>चरण 2 में से 2: आर्काइव लिखा जा रहा है…</translation>
    </message>
    <message>
        <source>The two backup passphrases differ; type them again.</source>
            <translation>दोनों बैकअप पासफ़्रेज़ अलग हैं; उन्हें फिर से लिखें।</translation>
    </message>
    <message>
        <source>Writes an encrypted archive of this node: the database, the keyring and the settings, taken while the application keeps running. The archive opens only with the backup passphrase (at least %1 characters): keep it apart from the archive. Without it the backup cannot be restored.</source>
            <translation>इस नोड का एक एन्क्रिप्टेड आर्काइव लिखता है: डेटाबेस, कीरिंग और सेटिंग्स, जबकि एप्लिकेशन चलता रहता है। आर्काइव केवल बैकअप पासफ़्रेज़ (कम से कम %1 अक्षर) से खुलता है: इसे आर्काइव से अलग रखें। इसके बिना बैकअप पुनर्स्थापित नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>✓ Backup written to %1 (%2).</source>
            <translation>✓ बैकअप %1 में लिखा गया (%2)।</translation>
    </message>
    <message>
        <source>✗ The backup failed: %1</source>
            <translation>✗ बैकअप विफल रहा: %1</translation>
    </message>
</context>
<context>
    <name>medilock::ui::BreakGlassDialog</name>
    <message>
        <source> (“%1”, since %2)</source>
            <translation> (“%1”, %2 से)</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
            <translation>
                <numerusform>%n मिनट</numerusform>
                <numerusform>%n मिनट</numerusform>
            </translation>
    </message>
    <message>
        <source>&amp;Access for:</source>
            <translation>पहुँच की अवधि (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Break the glass and open</source>
            <translation>ब्रेक-ग्लास करके खोलें (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
            <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <source>. You may open it in an emergency: your reason and the time are signed and recorded, shown in the chart&apos;s access log and reviewed by the patient&apos;s clinic.</source>
            <translation>। आपातकाल में आप इसे खोल सकते हैं: आपका कारण और समय हस्ताक्षरित होकर दर्ज होते हैं, चार्ट के पहुँच लॉग में दिखते हैं और रोगी के क्लिनिक द्वारा उनकी समीक्षा होती है।</translation>
    </message>
    <message>
        <source>How long the access lasts</source>
            <translation>पहुँच कितनी देर रहेगी</translation>
    </message>
    <message>
        <source>Reason for emergency access</source>
            <translation>आपातकालीन पहुँच का कारण</translation>
    </message>
    <message>
        <source>Restricted chart — break the glass</source>
            <translation>प्रतिबंधित चार्ट — ब्रेक-ग्लास</translation>
    </message>
    <message>
        <source>The patient&apos;s consent restricts this chart</source>
            <translation>रोगी की सहमति इस चार्ट को प्रतिबंधित करती है</translation>
    </message>
    <message>
        <source>e.g. unconscious in the emergency department</source>
            <translation>जैसे आपातकालीन विभाग में बेहोश</translation>
    </message>
</context>
<context>
    <name>medilock::ui::BreakGlassReviewPane</name>
    <message numerus="yes">
        <source>%n break-glass access(es).</source>
            <translation>
                <numerusform>%n ब्रेक-ग्लास पहुँच।</numerusform>
                <numerusform>%n ब्रेक-ग्लास पहुँच।</numerusform>
            </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
            <translation>ताज़ा करें (&amp;R)</translation>
    </message>
    <message>
        <source>Break-glass accesses to review</source>
            <translation>समीक्षा के लिए ब्रेक-ग्लास पहुँच</translation>
    </message>
    <message>
        <source>Emergency accesses to this clinic&apos;s patients whose consent restricts their chart, from any clinic, newest first. Each reason was signed by the person who gave it.</source>
            <translation>इस क्लिनिक के उन रोगियों तक आपातकालीन पहुँच जिनकी सहमति उनका चार्ट प्रतिबंधित करती है, किसी भी क्लिनिक से, नवीनतम पहले। हर कारण पर उसे देने वाले व्यक्ति के हस्ताक्षर हैं।</translation>
    </message>
</context>
<context>
    <name>medilock::ui::ChartPage</name>
    <message>
        <source>%1 — signed by %2 on %3</source>
            <translation>%1 — %2 द्वारा %3 को हस्ताक्षरित</translation>
    </message>
    <message>
        <source>&amp;Allergies</source>
            <translation>एलर्जी (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
            <translation>दस्तावेज़ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Medications</source>
            <translation>दवाएँ (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Notes and encounters</source>
            <translation>नोट और मुलाक़ातें (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
            <translation>समस्याएँ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
            <translation>सारांश (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
            <translation>समय-रेखा (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Vitals</source>
            <translation>वाइटल्स (&amp;V)</translation>
    </message>
    <message>
        <source>Access &amp;log</source>
            <translation>पहुँच लॉग (&amp;L)</translation>
    </message>
    <message>
        <source>Allergy…</source>
            <translation>एलर्जी…</translation>
    </message>
    <message>
        <source>Back to the patient search</source>
            <translation>रोगी खोज पर वापस</translation>
    </message>
    <message>
        <source>Chart summary</source>
            <translation>चार्ट सारांश</translation>
    </message>
    <message>
        <source>Condition…</source>
            <translation>रोग-स्थिति…</translation>
    </message>
    <message>
        <source>Emergency summary of this patient</source>
            <translation>इस रोगी का आपातकालीन सारांश</translation>
    </message>
    <message>
        <source>Emergency view</source>
            <translation>आपातकालीन दृश्य</translation>
    </message>
    <message>
        <source>Mark &amp;entered in error…</source>
            <translation>गलती से दर्ज चिह्नित करें… (&amp;E)</translation>
    </message>
    <message>
        <source>Medication…</source>
            <translation>दवा…</translation>
    </message>
    <message>
        <source>Note…</source>
            <translation>नोट…</translation>
    </message>
    <message>
        <source>Opening the chart…</source>
            <translation>चार्ट खुल रहा है…</translation>
    </message>
    <message>
        <source>Vitals…</source>
            <translation>वाइटल्स…</translation>
    </message>
    <message>
        <source>Who opened this chart</source>
            <translation>यह चार्ट किसने खोला</translation>
    </message>
    <message>
        <source>← &amp;Search</source>
            <translation>← खोज (&amp;S)</translation>
    </message>
</context>
<context>
    <name>medilock::ui::ClinicPane</name>
    <message>
        <source>%1 — %2</source>
            <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Root fingerprint:</source>
            <translation>रूट फ़िंगरप्रिंट (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Trust this clinic</source>
            <translation>इस क्लिनिक पर भरोसा करें (&amp;T)</translation>
    </message>
    <message>
        <source>64 hexadecimal digits</source>
            <translation>64 हेक्साडेसिमल अंक</translation>
    </message>
    <message>
        <source>Clinic root</source>
            <translation>क्लिनिक रूट</translation>
    </message>
    <message>
        <source>Clinic root fingerprint (give it to clinics that should trust this one):</source>
            <translation>क्लिनिक रूट फ़िंगरप्रिंट (उन क्लिनिकों को दें जिन्हें इस पर भरोसा करना है):</translation>
    </message>
    <message>
        <source>Clinic:</source>
            <translation>क्लिनिक:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
            <translation>नाम (&amp;M):</translation>
    </message>
    <message>
        <source>Name of the clinic to trust</source>
            <translation>भरोसा किए जाने वाले क्लिनिक का नाम</translation>
    </message>
    <message>
        <source>Node key fingerprint:</source>
            <translation>नोड कुंजी फ़िंगरप्रिंट:</translation>
    </message>
    <message>
        <source>QR code: %1</source>
            <translation>QR कोड: %1</translation>
    </message>
    <message>
        <source>Root fingerprint of the clinic to trust</source>
            <translation>भरोसा किए जाने वाले क्लिनिक का रूट फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <source>Stop trustin&amp;g…</source>
            <translation>भरोसा करना बंद करें… (&amp;G)</translation>
    </message>
    <message>
        <source>Stop trusting %1? Records its nodes sent before stay; new blocks from its nodes are refused from now on.</source>
            <translation>%1 पर भरोसा करना बंद करें? उसके नोड द्वारा पहले भेजे गए रिकॉर्ड बने रहेंगे; अब से उसके नोड के नए ब्लॉक अस्वीकार होंगे।</translation>
    </message>
    <message>
        <source>Stop trusting a clinic</source>
            <translation>किसी क्लिनिक पर भरोसा करना बंद करें</translation>
    </message>
    <message>
        <source>Stop trusting the selected clinic</source>
            <translation>चुने गए क्लिनिक पर भरोसा करना बंद करें</translation>
    </message>
    <message>
        <source>TLS certificate</source>
            <translation>TLS प्रमाणपत्र</translation>
    </message>
    <message>
        <source>TLS certificate fingerprint (give it to nodes that pair with this one):</source>
            <translation>TLS प्रमाणपत्र फ़िंगरप्रिंट (उन नोड को दें जो इससे जुड़ेंगे):</translation>
    </message>
    <message>
        <source>The clinic is no longer trusted.</source>
            <translation>अब इस क्लिनिक पर भरोसा नहीं है।</translation>
    </message>
    <message>
        <source>The clinic is trusted.</source>
            <translation>इस क्लिनिक पर भरोसा किया गया।</translation>
    </message>
    <message>
        <source>This clinic and node</source>
            <translation>यह क्लिनिक और नोड</translation>
    </message>
    <message>
        <source>This node accepts records from the nodes of these clinics and of its own.</source>
            <translation>यह नोड इन क्लिनिकों और अपने क्लिनिक के नोड से रिकॉर्ड स्वीकार करता है।</translation>
    </message>
    <message>
        <source>Trusted clinics</source>
            <translation>भरोसेमंद क्लिनिक</translation>
    </message>
</context>
<context>
    <name>medilock::ui::ConditionDialog</name>
    <message>
        <source>&amp;Find:</source>
            <translation>खोजें (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;ICD-10:</source>
            <translation>&amp;ICD-10:</translation>
    </message>
    <message>
        <source>Choose a code from the list.</source>
            <translation>सूची से एक कोड चुनें।</translation>
    </message>
    <message>
        <source>Filter ICD-10 codes</source>
            <translation>ICD-10 कोड छाँटें</translation>
    </message>
    <message>
        <source>ICD-10 codes</source>
            <translation>ICD-10 कोड</translation>
    </message>
    <message>
        <source>Record a condition</source>
            <translation>रोग-स्थिति दर्ज करें</translation>
    </message>
    <message>
        <source>Type a code or words, e.g. G40 or epilepsy</source>
            <translation>कोड या शब्द लिखें, जैसे G40 या मिर्गी</translation>
    </message>
</context>
<context>
    <name>medilock::ui::ConsentButton</name>
    <message>
        <source>Lift restriction…</source>
            <translation>प्रतिबंध हटाएँ…</translation>
    </message>
    <message>
        <source>Record that the patient lifts the restriction of their chart</source>
            <translation>दर्ज करें कि रोगी अपने चार्ट का प्रतिबंध हटाता है</translation>
    </message>
    <message>
        <source>Record that the patient restricts access to their chart</source>
            <translation>दर्ज करें कि रोगी अपने चार्ट तक पहुँच प्रतिबंधित करता है</translation>
    </message>
    <message>
        <source>Recorded that the patient lifted the restriction of their chart.</source>
            <translation>दर्ज किया गया कि रोगी ने अपने चार्ट का प्रतिबंध हटा दिया।</translation>
    </message>
    <message>
        <source>Recorded the patient&apos;s restriction: this chart now opens only by breaking the glass.</source>
            <translation>रोगी का प्रतिबंध दर्ज किया गया: यह चार्ट अब केवल ब्रेक-ग्लास से खुलता है।</translation>
    </message>
    <message>
        <source>Restrict access…</source>
            <translation>पहुँच प्रतिबंधित करें…</translation>
    </message>
</context>
<context>
    <name>medilock::ui::ConsentDialog</name>
    <message>
        <source>&amp;Patient&apos;s words:</source>
            <translation>रोगी के शब्द (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Sign and lift</source>
            <translation>हस्ताक्षर करके हटाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Sign the restriction</source>
            <translation>प्रतिबंध पर हस्ताक्षर करें (&amp;S)</translation>
    </message>
    <message>
        <source>Lift the chart&apos;s restriction</source>
            <translation>चार्ट का प्रतिबंध हटाएँ</translation>
    </message>
    <message>
        <source>Restrict access to this chart</source>
            <translation>इस चार्ट तक पहुँच प्रतिबंधित करें</translation>
    </message>
    <message>
        <source>Sign the lifting of the restriction</source>
            <translation>प्रतिबंध हटाने पर हस्ताक्षर करें</translation>
    </message>
    <message>
        <source>Sign the patient&apos;s restriction</source>
            <translation>रोगी के प्रतिबंध पर हस्ताक्षर करें</translation>
    </message>
    <message>
        <source>The patient asks that their chart be restricted. Once you sign this, everyone else — and you too, from your next opening — must break the glass to open it, stating a reason. Each such access is signed, shown in the chart&apos;s access log and reviewed by the patient&apos;s clinic.</source>
            <translation>रोगी चाहता है कि उसका चार्ट प्रतिबंधित हो। आपके हस्ताक्षर करते ही बाकी सभी को — और अगली बार खोलने से आपको भी — इसे खोलने के लिए कारण बताकर ब्रेक-ग्लास करना होगा। हर ऐसी पहुँच हस्ताक्षरित होती है, चार्ट के पहुँच लॉग में दिखती है और रोगी के क्लिनिक द्वारा उसकी समीक्षा होती है।</translation>
    </message>
    <message>
        <source>The patient lifts the restriction of their chart. Once you sign this, physicians and nurses open it without breaking the glass; every opening is still recorded in the chart&apos;s access log.</source>
            <translation>रोगी अपने चार्ट का प्रतिबंध हटाता है। आपके हस्ताक्षर करते ही चिकित्सक और नर्सें इसे बिना ब्रेक-ग्लास के खोलते हैं; हर बार खोलना फिर भी चार्ट के पहुँच लॉग में दर्ज होता है।</translation>
    </message>
    <message>
        <source>What the patient asked</source>
            <translation>रोगी ने क्या कहा</translation>
    </message>
    <message>
        <source>e.g. only my family doctor</source>
            <translation>जैसे केवल मेरे पारिवारिक डॉक्टर</translation>
    </message>
    <message>
        <source>e.g. the patient withdrew the restriction</source>
            <translation>जैसे रोगी ने प्रतिबंध वापस ले लिया</translation>
    </message>
</context>
<context>
    <name>medilock::ui::DocumentDialog</name>
    <message>
        <source>%1 (%2 KiB)</source>
            <translation>%1 (%2 KiB)</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
            <translation>फ़ाइल चुनें… (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
            <translation>शीर्षक (&amp;T):</translation>
    </message>
    <message>
        <source>Attach a document</source>
            <translation>दस्तावेज़ संलग्न करें</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
            <translation>%1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>Choose a document</source>
            <translation>दस्तावेज़ चुनें</translation>
    </message>
    <message>
        <source>Choose the PDF or image file to attach</source>
            <translation>संलग्न करने के लिए PDF या छवि फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>Choose the file to attach.</source>
            <translation>संलग्न करने के लिए फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>Document title</source>
            <translation>दस्तावेज़ का शीर्षक</translation>
    </message>
    <message>
        <source>Documents and images (*.pdf *.png *.jpg *.jpeg)</source>
            <translation>दस्तावेज़ और छवियाँ (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>File:</source>
            <translation>फ़ाइल:</translation>
    </message>
    <message>
        <source>PDF, PNG or JPEG, at most %1 KiB.</source>
            <translation>PDF, PNG या JPEG, अधिकतम %1 KiB।</translation>
    </message>
    <message>
        <source>The file is larger than %1 KiB; attach a smaller scan or export.</source>
            <translation>फ़ाइल %1 KiB से बड़ी है; छोटा स्कैन या निर्यात संलग्न करें।</translation>
    </message>
    <message>
        <source>e.g. Discharge letter, cardiology</source>
            <translation>जैसे डिस्चार्ज पत्र, कार्डियोलॉजी</translation>
    </message>
    <message>
        <source>no file chosen</source>
            <translation>कोई फ़ाइल नहीं चुनी</translation>
    </message>
</context>
<context>
    <name>medilock::ui::DocumentsPane</name>
    <message>
        <source>&amp;Open</source>
            <translation>खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>Attac&amp;h…</source>
            <translation>संलग्न करें… (&amp;H)</translation>
    </message>
    <message>
        <source>Attach a PDF or image to the chart</source>
            <translation>चार्ट में PDF या छवि संलग्न करें</translation>
    </message>
    <message>
        <source>Documents</source>
            <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Open the selected document</source>
            <translation>चुना हुआ दस्तावेज़ खोलें</translation>
    </message>
    <message>
        <source>cannot create a private temporary directory</source>
            <translation>निजी अस्थायी निर्देशिका नहीं बनाई जा सकती</translation>
    </message>
    <message>
        <source>cannot write the document for viewing: %1</source>
            <translation>दस्तावेज़ देखने के लिए लिखा नहीं जा सकता: %1</translation>
    </message>
    <message>
        <source>document</source>
            <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>no application on this computer opens %1</source>
            <translation>इस कंप्यूटर पर कोई एप्लिकेशन %1 नहीं खोलता</translation>
    </message>
</context>
<context>
    <name>medilock::ui::EditorDialog</name>
    <message>
        <source>&amp;Sign and save</source>
            <translation>हस्ताक्षर करके सहेजें (&amp;S)</translation>
    </message>
</context>
<context>
    <name>medilock::ui::EmergencyCardButton</name>
    <message>
        <source>Emergency car&amp;d…</source>
            <translation>आपातकालीन &amp;कार्ड…</translation>
    </message>
    <message>
        <source>Emergency card of %1 saved to %2.</source>
            <translation>%1 का आपातकालीन कार्ड %2 में सहेजा गया।</translation>
    </message>
    <message>
        <source>Emergency card: save a signed card with a QR code as PDF</source>
            <translation>आपातकालीन कार्ड: QR कोड वाला हस्ताक्षरित कार्ड PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Save the emergency card as PDF</source>
            <translation>आपातकालीन कार्ड PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Save the patient&apos;s signed emergency card as PDF (%1)</source>
            <translation>रोगी का हस्ताक्षरित आपातकालीन कार्ड PDF के रूप में सहेजें (%1)</translation>
    </message>
    <message>
        <source>The emergency card was not saved: %1</source>
            <translation>आपातकालीन कार्ड नहीं सहेजा गया: %1</translation>
    </message>
    <message>
        <source>emergency-card.pdf</source>
            <translation>emergency-card.pdf</translation>
    </message>
</context>
<context>
    <name>medilock::ui::EmergencyPage</name>
    <message>
        <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
            <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2 — %3 (%4)</source>
            <translation>%1&lt;br&gt;%2 — %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
            <translation>
                <numerusform>%n वर्ष</numerusform>
                <numerusform>%n वर्ष</numerusform>
            </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
            <translation>प्रिंट करें… (&amp;P)</translation>
    </message>
    <message>
        <source>&lt;i&gt;none recorded&lt;/i&gt;</source>
            <translation>&lt;i&gt;कुछ दर्ज नहीं&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;unknown — not recorded&lt;/i&gt;</source>
            <translation>&lt;i&gt;अज्ञात — दर्ज नहीं&lt;/i&gt;</translation>
    </message>
    <message>
        <source>ALLERGIES:
%1</source>
            <translation>एलर्जी:
%1</translation>
    </message>
    <message>
        <source>Active problems</source>
            <translation>सक्रिय समस्याएँ</translation>
    </message>
    <message>
        <source>Back to the patient search</source>
            <translation>रोगी खोज पर वापस</translation>
    </message>
    <message>
        <source>Blood group</source>
            <translation>रक्त समूह</translation>
    </message>
    <message>
        <source>Current medications</source>
            <translation>वर्तमान दवाएँ</translation>
    </message>
    <message>
        <source>EMERGENCY — %1, %2, %3</source>
            <translation>आपातकाल — %1, %2, %3</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
            <translation>आपातकालीन संपर्क</translation>
    </message>
    <message>
        <source>Emergency summary</source>
            <translation>आपातकालीन सारांश</translation>
    </message>
    <message>
        <source>Full &amp;chart</source>
            <translation>पूरा चार्ट (&amp;C)</translation>
    </message>
    <message>
        <source>Implanted devices</source>
            <translation>प्रत्यारोपित उपकरण</translation>
    </message>
    <message>
        <source>Last encounter</source>
            <translation>पिछली मुलाक़ात</translation>
    </message>
    <message>
        <source>Open the full chart</source>
            <translation>पूरा चार्ट खोलें</translation>
    </message>
    <message>
        <source>Opening the emergency summary…</source>
            <translation>आपातकालीन सारांश खुल रहा है…</translation>
    </message>
    <message>
        <source>Print the emergency summary</source>
            <translation>आपातकालीन सारांश प्रिंट करें</translation>
    </message>
    <message>
        <source>Print the emergency summary (%1)</source>
            <translation>आपातकालीन सारांश प्रिंट करें (%1)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
            <translation>PDF के रूप में सहेजें… (&amp;D)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
            <translation>PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Save the emergency summary as PDF</source>
            <translation>आपातकालीन सारांश PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Save the emergency summary as a PDF file</source>
            <translation>आपातकालीन सारांश PDF फ़ाइल के रूप में सहेजें</translation>
    </message>
    <message>
        <source>age unknown</source>
            <translation>आयु अज्ञात</translation>
    </message>
    <message>
        <source>emergency-summary.pdf</source>
            <translation>emergency-summary.pdf</translation>
    </message>
    <message>
        <source>none recorded</source>
            <translation>कुछ दर्ज नहीं</translation>
    </message>
    <message>
        <source>the emergency summary is not open</source>
            <translation>आपातकालीन सारांश खुला नहीं है</translation>
    </message>
    <message>
        <source>← &amp;Search</source>
            <translation>← खोज (&amp;S)</translation>
    </message>
</context>
<context>
    <name>medilock::ui::EnrolUserDialog</name>
    <message>
        <source>&amp;Again:</source>
            <translation>दोबारा (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
            <translation>नामांकित करें (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
            <translation>पासफ़्रेज़ (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
            <translation>भूमिका (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
            <translation>उपयोगकर्ता नाम (&amp;U):</translation>
    </message>
    <message>
        <source>Enrol a user</source>
            <translation>उपयोगकर्ता नामांकित करें</translation>
    </message>
    <message>
        <source>First passphrase</source>
            <translation>पहला पासफ़्रेज़</translation>
    </message>
    <message>
        <source>First passphrase again</source>
            <translation>पहला पासफ़्रेज़ दोबारा</translation>
    </message>
    <message>
        <source>Role</source>
            <translation>भूमिका</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
            <translation>दोनों पासफ़्रेज़ अलग हैं; उन्हें फिर से लिखें।</translation>
    </message>
    <message>
        <source>The user&apos;s key is enrolled on the ledger, signed by the clinic root; hand the first passphrase over in person.</source>
            <translation>उपयोगकर्ता की कुंजी क्लिनिक रूट के हस्ताक्षर से लेजर पर नामांकित होती है; पहला पासफ़्रेज़ व्यक्तिगत रूप से सौंपें।</translation>
    </message>
    <message>
        <source>User name</source>
            <translation>उपयोगकर्ता नाम</translation>
    </message>
</context>
<context>
    <name>medilock::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
            <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>Applies when MediLock starts next</source>
            <translation>MediLock के अगली बार शुरू होने पर लागू होगी</translation>
    </message>
    <message>
        <source>Language set to %1; it applies when MediLock starts next.</source>
            <translation>भाषा %1 चुनी गई; यह MediLock के अगली बार शुरू होने पर लागू होगी।</translation>
    </message>
</context>
<context>
    <name>medilock::ui::LedgerPane</name>
    <message>
        <source>Backup and re-key</source>
            <translation>बैकअप और री-की</translation>
    </message>
    <message>
        <source>Ledger verification</source>
            <translation>लेजर सत्यापन</translation>
    </message>
    <message>
        <source>Re-checks every block and entry from the stored bytes: signatures, hashes, chains, roles and revocations. The application stays usable meanwhile.</source>
            <translation>संग्रहीत बाइट से हर ब्लॉक और प्रविष्टि दोबारा जाँचता है: हस्ताक्षर, हैश, शृंखला, भूमिकाएँ और निरस्तीकरण। इस दौरान एप्लिकेशन उपयोग योग्य रहता है।</translation>
    </message>
    <message>
        <source>Verification progress</source>
            <translation>सत्यापन की प्रगति</translation>
    </message>
    <message>
        <source>Verify led&amp;ger</source>
            <translation>लेजर सत्यापित करें (&amp;G)</translation>
    </message>
    <message>
        <source>Verify the whole ledger</source>
            <translation>पूरा लेजर सत्यापित करें</translation>
    </message>
    <message>
        <source>Verifying…</source>
            <translation>सत्यापन हो रहा है…</translation>
    </message>
    <message>
        <source>✓ The ledger verified: %1 blocks, %2 entries.</source>
            <translation>✓ लेजर सत्यापित: %1 ब्लॉक, %2 प्रविष्टियाँ।</translation>
    </message>
    <message>
        <source>✗ The ledger did NOT verify: %1</source>
            <translation>✗ लेजर सत्यापित नहीं हुआ: %1</translation>
    </message>
</context>
<context>
    <name>medilock::ui::LinkPatientsDialog</name>
    <message>
        <source>%1 — born %2 — %3 — id %4</source>
            <translation>%1 — जन्म %2 — %3 — आईडी %4</translation>
    </message>
    <message>
        <source>&amp;Sign: same person</source>
            <translation>हस्ताक्षर करें: एक ही व्यक्ति (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Sign: undo the link</source>
            <translation>हस्ताक्षर करें: लिंक हटाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>First:</source>
            <translation>पहला:</translation>
    </message>
    <message>
        <source>Link registrations</source>
            <translation>पंजीकरण जोड़ें</translation>
    </message>
    <message>
        <source>Link these registrations as one person: each chart then shows the records of both. Check name, birth date and identifiers with the patient first.</source>
            <translation>इन पंजीकरणों को एक ही व्यक्ति के रूप में जोड़ें: तब हर चार्ट दोनों के रिकॉर्ड दिखाएगा। पहले रोगी के साथ नाम, जन्म तिथि और पहचान संख्याएँ जाँच लें।</translation>
    </message>
    <message>
        <source>Second:</source>
            <translation>दूसरा:</translation>
    </message>
    <message>
        <source>These registrations are linked as one person. Undoing the link separates their charts again; the link and its undoing both stay on the record.</source>
            <translation>ये पंजीकरण एक ही व्यक्ति के रूप में जुड़े हैं। लिंक हटाने से उनके चार्ट फिर अलग हो जाते हैं; लिंक और उसका हटाया जाना दोनों रिकॉर्ड में रहते हैं।</translation>
    </message>
</context>
<context>
    <name>medilock::ui::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
            <translation>अनलॉक करें (&amp;U)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MediLock is locked&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;MediLock लॉक है&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Checking…</source>
            <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <source>Locked after a period without activity. %1 (%2), enter your passphrase to continue.</source>
            <translation>कुछ समय तक गतिविधि न होने पर लॉक किया गया। %1 (%2), जारी रखने के लिए अपना पासफ़्रेज़ दर्ज करें।</translation>
    </message>
    <message>
        <source>Passphrase</source>
            <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
            <translation>गलत पासफ़्रेज़।</translation>
    </message>
</context>
<context>
    <name>medilock::ui::LoginDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
            <translation>पासफ़्रेज़ (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
            <translation>बैकअप से पुनर्स्थापित करें… (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
            <translation>अनलॉक करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
            <translation>उपयोगकर्ता नाम (&amp;U):</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MediLock&lt;/h2&gt;&lt;p&gt;Sign in to open this clinic&apos;s records.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;MediLock&lt;/h2&gt;&lt;p&gt;इस क्लिनिक के रिकॉर्ड खोलने के लिए साइन इन करें।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Enter your user name and passphrase.</source>
            <translation>अपना उपयोगकर्ता नाम और पासफ़्रेज़ दर्ज करें।</translation>
    </message>
    <message>
        <source>MediLock — Sign in</source>
            <translation>MediLock — साइन इन</translation>
    </message>
    <message>
        <source>Passphrase</source>
            <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <source>Sign in to the restored node in %1.</source>
            <translation>%1 में पुनर्स्थापित नोड में साइन इन करें।</translation>
    </message>
    <message>
        <source>Unlocking</source>
            <translation>अनलॉक हो रहा है</translation>
    </message>
    <message>
        <source>User name</source>
            <translation>उपयोगकर्ता नाम</translation>
    </message>
</context>
<context>
    <name>medilock::ui::MainWindow</name>
    <message>
        <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
            <translation>प्रशासन (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Emergency view</source>
            <translation>आपातकालीन दृश्य (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;File</source>
            <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
            <translation>रोगी खोजें (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
            <translation>अभी लॉक करें (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
            <translation>नया रोगी… (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
            <translation>रोगी (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
            <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
            <translation>सेटिंग्स (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Verify emergency card…</source>
            <translation>आपातकालीन कार्ड &amp;सत्यापित करें…</translation>
    </message>
    <message>
        <source>&amp;View</source>
            <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;%1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Ba&amp;ck up…</source>
            <translation>बैकअप लें… (&amp;C)</translation>
    </message>
    <message>
        <source>Clinic root:</source>
            <translation>क्लिनिक रूट:</translation>
    </message>
    <message>
        <source>MediLock — %1</source>
            <translation>MediLock — %1</translation>
    </message>
    <message>
        <source>New &amp;note…</source>
            <translation>नया नोट… (&amp;N)</translation>
    </message>
    <message>
        <source>Node key:</source>
            <translation>नोड कुंजी:</translation>
    </message>
    <message>
        <source>Re-&amp;key database…</source>
            <translation>डेटाबेस की कुंजी बदलें… (&amp;K)</translation>
    </message>
    <message>
        <source>Registered %1.</source>
            <translation>%1 पंजीकृत।</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
            <translation>%1 के रूप में साइन इन</translation>
    </message>
    <message>
        <source>Signed in as:</source>
            <translation>साइन इन:</translation>
    </message>
    <message>
        <source>Sync did not start: %1</source>
            <translation>सिंक शुरू नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>TLS certificate:</source>
            <translation>TLS प्रमाणपत्र:</translation>
    </message>
    <message>
        <source>The patient&apos;s consent restricts this chart; only a physician may break the glass.</source>
            <translation>रोगी की सहमति इस चार्ट को प्रतिबंधित करती है; केवल चिकित्सक ही ब्रेक-ग्लास कर सकता है।</translation>
    </message>
    <message>
        <source>This &amp;node</source>
            <translation>यह नोड (&amp;N)</translation>
    </message>
    <message>
        <source>This node</source>
            <translation>यह नोड</translation>
    </message>
</context>
<context>
    <name>medilock::ui::MedicationDialog</name>
    <message>
        <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Dosage:</source>
            <translation>खुराक (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Medication:</source>
            <translation>दवा (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Sign and save</source>
            <translation>हस्ताक्षर करके सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Dosage</source>
            <translation>खुराक</translation>
    </message>
    <message>
        <source>Medication</source>
            <translation>दवा</translation>
    </message>
    <message>
        <source>Record a medication</source>
            <translation>दवा दर्ज करें</translation>
    </message>
    <message>
        <source>Sign &amp;anyway</source>
            <translation>फिर भी हस्ताक्षर करें (&amp;A)</translation>
    </message>
    <message>
        <source>Warning: the patient is allergic to %1. Sign only if you are sure.</source>
            <translation>चेतावनी: रोगी को %1 से एलर्जी है। केवल तभी हस्ताक्षर करें जब आप आश्वस्त हों।</translation>
    </message>
    <message>
        <source>e.g. 1 capsule three times a day for 7 days</source>
            <translation>जैसे 7 दिन तक दिन में तीन बार 1 कैप्सूल</translation>
    </message>
    <message>
        <source>e.g. Amoxicillin 500 mg capsule</source>
            <translation>जैसे एमोक्सिसिलिन 500 mg कैप्सूल</translation>
    </message>
</context>
<context>
    <name>medilock::ui::NoNodeDialog</name>
    <message>
        <source>&amp;Quit</source>
            <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
            <translation>बैकअप से पुनर्स्थापित करें… (&amp;R)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MediLock&lt;/h2&gt;&lt;p&gt;There is no MediLock node in &lt;b&gt;%1&lt;/b&gt; yet.&lt;/p&gt;&lt;p&gt;If this workstation&apos;s node was lost, for instance with a replaced disk, restore it here from a backup archive: you need the archive, its backup passphrase and the passphrase of one of its users.&lt;/p&gt;&lt;p&gt;A new clinic is set up by its administrator with &lt;tt&gt;medilock-cli init&lt;/tt&gt;; a further workstation of a clinic gets its node from the administrator.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;MediLock&lt;/h2&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; में अभी कोई MediLock नोड नहीं है।&lt;/p&gt;&lt;p&gt;यदि इस वर्कस्टेशन का नोड खो गया है, उदाहरण के लिए डिस्क बदलने से, तो उसे यहाँ बैकअप आर्काइव से पुनर्स्थापित करें: आपको आर्काइव, उसका बैकअप पासफ़्रेज़ और उसके किसी उपयोगकर्ता का पासफ़्रेज़ चाहिए।&lt;/p&gt;&lt;p&gt;नया क्लिनिक उसका व्यवस्थापक &lt;tt&gt;medilock-cli init&lt;/tt&gt; से बनाता है; क्लिनिक के किसी और वर्कस्टेशन का नोड व्यवस्थापक स्थापित करता है।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>MediLock — No node here yet</source>
            <translation>MediLock — यहाँ अभी कोई नोड नहीं है</translation>
    </message>
</context>
<context>
    <name>medilock::ui::NoteDialog</name>
    <message>
        <source>&amp;Encounter:</source>
            <translation>मुलाक़ात (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
            <translation>नोट (&amp;N):</translation>
    </message>
    <message>
        <source>Consultation</source>
            <translation>परामर्श</translation>
    </message>
    <message>
        <source>Emergency</source>
            <translation>आपातकाल</translation>
    </message>
    <message>
        <source>Encounter type</source>
            <translation>मुलाक़ात का प्रकार</translation>
    </message>
    <message>
        <source>Follow-up</source>
            <translation>फ़ॉलो-अप</translation>
    </message>
    <message>
        <source>Home visit</source>
            <translation>घर पर भेंट</translation>
    </message>
    <message>
        <source>New encounter note</source>
            <translation>नया मुलाक़ात नोट</translation>
    </message>
    <message>
        <source>Note</source>
            <translation>नोट</translation>
    </message>
    <message>
        <source>Reason for the visit, findings, plan…</source>
            <translation>आने का कारण, निष्कर्ष, योजना…</translation>
    </message>
    <message>
        <source>Telephone</source>
            <translation>टेलीफ़ोन</translation>
    </message>
</context>
<context>
    <name>medilock::ui::PassphraseDialog</name>
    <message>
        <source>%1 gets a new signing key. The old key is revoked on the ledger (reason “rotated”) and cannot be used again; what it signed before stays valid. %1 signs in with the passphrase below from now on.</source>
            <translation>%1 को नई हस्ताक्षर कुंजी मिलती है। पुरानी कुंजी लेजर पर निरस्त होती है (कारण “rotated”) और फिर उपयोग नहीं हो सकती; उसके पहले के हस्ताक्षर मान्य रहते हैं। अब से %1 नीचे दिए पासफ़्रेज़ से साइन इन करेगा।</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
            <translation>दोबारा (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
            <translation>पासफ़्रेज़ बदलें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
            <translation>नया पासफ़्रेज़ (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Rotate key</source>
            <translation>कुंजी बदलें (&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
            <translation>वर्तमान पासफ़्रेज़ (&amp;U):</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
            <translation>मेरा पासफ़्रेज़ बदलें</translation>
    </message>
    <message>
        <source>Current passphrase</source>
            <translation>वर्तमान पासफ़्रेज़</translation>
    </message>
    <message>
        <source>New passphrase</source>
            <translation>नया पासफ़्रेज़</translation>
    </message>
    <message>
        <source>New passphrase again</source>
            <translation>नया पासफ़्रेज़ दोबारा</translation>
    </message>
    <message>
        <source>Rotate the key of %1</source>
            <translation>%1 की कुंजी बदलें</translation>
    </message>
    <message>
        <source>The two new passphrases differ; type them again.</source>
            <translation>दोनों नए पासफ़्रेज़ अलग हैं; उन्हें फिर से लिखें।</translation>
    </message>
</context>
<context>
    <name>medilock::ui::PatientBanner</name>
    <message numerus="yes">
        <source>%n year(s)</source>
            <translation>
                <numerusform>%n वर्ष</numerusform>
                <numerusform>%n वर्ष</numerusform>
            </translation>
    </message>
    <message>
        <source>ALLERGIES: %1</source>
            <translation>एलर्जी: %1</translation>
    </message>
    <message>
        <source>Allergies never recorded — ask the patient</source>
            <translation>एलर्जी कभी दर्ज नहीं — रोगी से पूछें</translation>
    </message>
    <message>
        <source>No known allergies</source>
            <translation>कोई ज्ञात एलर्जी नहीं</translation>
    </message>
    <message>
        <source>No known allergies — confirmed by %1 on %2</source>
            <translation>कोई ज्ञात एलर्जी नहीं — %1 द्वारा %2 को पुष्टि</translation>
    </message>
    <message>
        <source>Patient %1</source>
            <translation>रोगी %1</translation>
    </message>
    <message>
        <source>birth date unknown</source>
            <translation>जन्म तिथि अज्ञात</translation>
    </message>
    <message>
        <source>blood group %1</source>
            <translation>रक्त समूह %1</translation>
    </message>
    <message>
        <source>blood group unknown</source>
            <translation>रक्त समूह अज्ञात</translation>
    </message>
    <message>
        <source>born %1</source>
            <translation>जन्म %1</translation>
    </message>
    <message>
        <source>high risk</source>
            <translation>उच्च जोखिम</translation>
    </message>
</context>
<context>
    <name>medilock::ui::PatientListModel</name>
    <message>
        <source>%1 (%2 y)</source>
            <translation>%1 (%2 वर्ष)</translation>
    </message>
    <message>
        <source>Born</source>
            <translation>जन्म</translation>
    </message>
    <message>
        <source>Female</source>
            <translation>महिला</translation>
    </message>
    <message>
        <source>Identifier</source>
            <translation>पहचान संख्या</translation>
    </message>
    <message>
        <source>Male</source>
            <translation>पुरुष</translation>
    </message>
    <message>
        <source>Name</source>
            <translation>नाम</translation>
    </message>
    <message>
        <source>Other</source>
            <translation>अन्य</translation>
    </message>
    <message>
        <source>Phone</source>
            <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Registered at %1</source>
            <translation>%1 में पंजीकृत</translation>
    </message>
    <message>
        <source>Sex</source>
            <translation>लिंग</translation>
    </message>
    <message>
        <source>Unknown</source>
            <translation>अज्ञात</translation>
    </message>
    <message>
        <source>unknown</source>
            <translation>अज्ञात</translation>
    </message>
</context>
<context>
    <name>medilock::ui::PeersPane</name>
    <message>
        <source>&amp;Address:</source>
            <translation>पता (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
            <translation>ताज़ा करें (&amp;R)</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, as the peer&apos;s administration page shows</source>
            <translation>64 हेक्साडेसिमल अंक, जैसा पीयर का प्रशासन पृष्ठ दिखाता है</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sync health&lt;/b&gt;</source>
            <translation>&lt;b&gt;सिंक की स्थिति&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Equivocation alerts</source>
            <translation>दोहरे ब्लॉक की चेतावनियाँ</translation>
    </message>
    <message>
        <source>Node %1 signed two blocks at height %2 (found %3)</source>
            <translation>नोड %1 ने ऊँचाई %2 पर दो ब्लॉक हस्ताक्षरित किए (%3 को मिला)</translation>
    </message>
    <message>
        <source>Pair &amp;with peer</source>
            <translation>पीयर से जोड़ें (&amp;W)</translation>
    </message>
    <message>
        <source>Pair with a peer node</source>
            <translation>किसी पीयर नोड से जोड़ें</translation>
    </message>
    <message>
        <source>Pair with this peer</source>
            <translation>इस पीयर से जोड़ें</translation>
    </message>
    <message>
        <source>Paired with %1; the running node dials it within a second.</source>
            <translation>%1 से जोड़ा गया; चल रहा नोड एक सेकंड में उससे जुड़ेगा।</translation>
    </message>
    <message>
        <source>Peer TLS certificate fingerprint</source>
            <translation>पीयर के TLS प्रमाणपत्र का फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <source>Peer address</source>
            <translation>पीयर का पता</translation>
    </message>
    <message>
        <source>Proof: both signed block headers</source>
            <translation>प्रमाण: दोनों हस्ताक्षरित ब्लॉक हेडर</translation>
    </message>
    <message>
        <source>Select an alert to see its proof: two blocks of one node at one height, both signed by it (header and signature of each, hexadecimal).</source>
            <translation>प्रमाण देखने के लिए कोई चेतावनी चुनें: एक नोड के एक ही ऊँचाई पर दो ब्लॉक, दोनों उसके हस्ताक्षर वाले (हर एक का हेडर और हस्ताक्षर, हेक्साडेसिमल)।</translation>
    </message>
    <message>
        <source>Sync health of each peer</source>
            <translation>हर पीयर की सिंक स्थिति</translation>
    </message>
    <message>
        <source>TLS fingerprin&amp;t:</source>
            <translation>TLS फ़िंगरप्रिंट (&amp;T):</translation>
    </message>
    <message>
        <source>host:port</source>
            <translation>host:port</translation>
    </message>
</context>
<context>
    <name>medilock::ui::ReceptionPage</name>
    <message numerus="yes">
        <source>%n patient(s)</source>
            <translation>
                <numerusform>%n रोगी</numerusform>
                <numerusform>%n रोगी</numerusform>
            </translation>
    </message>
    <message>
        <source>&amp;Emergency view</source>
            <translation>आपातकालीन दृश्य (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
            <translation>जोड़ें… (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
            <translation>नया रोगी… (&amp;N)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Find a patient&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;रोगी खोजें&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
            <translation>संपादित करें… (&amp;D)</translation>
    </message>
    <message>
        <source>Edit demographics (Ctrl+Shift+D)</source>
            <translation>जनसांख्यिकी विवरण संपादित करें (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Edit the selected patient&apos;s demographics</source>
            <translation>चुने गए रोगी का जनसांख्यिकी विवरण संपादित करें</translation>
    </message>
    <message>
        <source>Emergency summary (Ctrl+E)</source>
            <translation>आपातकालीन सारांश (Ctrl+E)</translation>
    </message>
    <message>
        <source>Link the two selected registrations as one person, or undo their link</source>
            <translation>चुने गए दो पंजीकरणों को एक व्यक्ति के रूप में जोड़ें, या उनका लिंक हटाएँ</translation>
    </message>
    <message>
        <source>Linked as one person.</source>
            <translation>एक व्यक्ति के रूप में जोड़ा गया।</translation>
    </message>
    <message>
        <source>No patient matches.</source>
            <translation>कोई रोगी नहीं मिला।</translation>
    </message>
    <message>
        <source>Open &amp;chart</source>
            <translation>चार्ट खोलें (&amp;C)</translation>
    </message>
    <message>
        <source>Open the selected patient&apos;s chart</source>
            <translation>चुने गए रोगी का चार्ट खोलें</translation>
    </message>
    <message>
        <source>Open the selected patient&apos;s emergency summary</source>
            <translation>चुने गए रोगी का आपातकालीन सारांश खोलें</translation>
    </message>
    <message>
        <source>Patient search</source>
            <translation>रोगी खोज</translation>
    </message>
    <message>
        <source>Patients found</source>
            <translation>मिले हुए रोगी</translation>
    </message>
    <message>
        <source>Register a new patient</source>
            <translation>नया रोगी पंजीकृत करें</translation>
    </message>
    <message>
        <source>Register a new patient (Ctrl+N)</source>
            <translation>नया रोगी पंजीकृत करें (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search by name, birth date (2001-04-07), phone or identifier</source>
            <translation>नाम, जन्म तिथि (2001-04-07), फ़ोन या पहचान संख्या से खोजें</translation>
    </message>
    <message>
        <source>Select two registrations (Ctrl+click), then link them as one person or undo their link (Ctrl+Shift+L)</source>
            <translation>दो पंजीकरण चुनें (Ctrl+क्लिक), फिर उन्हें एक व्यक्ति के रूप में जोड़ें या लिंक हटाएँ (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Signed the new demographics of %1.</source>
            <translation>%1 के नए जनसांख्यिकी विवरण पर हस्ताक्षर किए गए।</translation>
    </message>
    <message>
        <source>The link was undone.</source>
            <translation>लिंक हटा दिया गया।</translation>
    </message>
</context>
<context>
    <name>medilock::ui::RecordListModel</name>
    <message>
        <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (superseded)</source>
            <translation>%1 (प्रतिस्थापित)</translation>
    </message>
    <message>
        <source>Clinic</source>
            <translation>क्लिनिक</translation>
    </message>
    <message>
        <source>Detail</source>
            <translation>विवरण</translation>
    </message>
    <message>
        <source>Entered in error: %1</source>
            <translation>गलती से दर्ज: %1</translation>
    </message>
    <message>
        <source>Record</source>
            <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <source>Replaced by a later entry</source>
            <translation>बाद की प्रविष्टि द्वारा प्रतिस्थापित</translation>
    </message>
    <message>
        <source>Replaced: %1</source>
            <translation>प्रतिस्थापित: %1</translation>
    </message>
    <message>
        <source>Retracted: %1</source>
            <translation>वापस लिया गया: %1</translation>
    </message>
    <message>
        <source>Signature</source>
            <translation>हस्ताक्षर</translation>
    </message>
    <message>
        <source>Signed %1</source>
            <translation>हस्ताक्षरित %1</translation>
    </message>
    <message>
        <source>Signed after its author&apos;s key was revoked.</source>
            <translation>लेखक की कुंजी निरस्त होने के बाद हस्ताक्षरित।</translation>
    </message>
    <message>
        <source>Signed by</source>
            <translation>हस्ताक्षरकर्ता</translation>
    </message>
    <message>
        <source>Status</source>
            <translation>स्थिति</translation>
    </message>
    <message>
        <source>The signature was checked when this entry was stored.</source>
            <translation>यह प्रविष्टि संग्रहीत करते समय हस्ताक्षर की जाँच की गई थी।</translation>
    </message>
    <message>
        <source>When</source>
            <translation>कब</translation>
    </message>
    <message>
        <source>administrator</source>
            <translation>प्रशासक</translation>
    </message>
    <message>
        <source>clinic</source>
            <translation>क्लिनिक</translation>
    </message>
    <message>
        <source>criticality: %1</source>
            <translation>गंभीरता: %1</translation>
    </message>
    <message>
        <source>nurse</source>
            <translation>नर्स</translation>
    </message>
    <message>
        <source>physician</source>
            <translation>चिकित्सक</translation>
    </message>
    <message>
        <source>reaction: %1</source>
            <translation>प्रतिक्रिया: %1</translation>
    </message>
    <message>
        <source>reception</source>
            <translation>रिसेप्शन</translation>
    </message>
    <message>
        <source>unknown role</source>
            <translation>अज्ञात भूमिका</translation>
    </message>
    <message>
        <source>✓ verified</source>
            <translation>✓ सत्यापित</translation>
    </message>
    <message>
        <source>✗ signer revoked</source>
            <translation>✗ हस्ताक्षरकर्ता निरस्त</translation>
    </message>
</context>
<context>
    <name>medilock::ui::RegisterPatientDialog</name>
    <message>
        <source>%1 — born %2 — %3 — %4</source>
            <translation>%1 — जन्म %2 — %3 — %4</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
            <translation>पता (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Birth date*:</source>
            <translation>जन्म तिथि* (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Family name*:</source>
            <translation>उपनाम* (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Given names*:</source>
            <translation>पहला नाम* (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
            <translation>पहचान संख्या (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
            <translation>फ़ोन (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Register</source>
            <translation>पंजीकृत करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sex*:</source>
            <translation>लिंग* (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Sign changes</source>
            <translation>बदलावों पर हस्ताक्षर करें (&amp;S)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This patient may already be registered.&lt;/b&gt; Check the list; if it is a different person, choose &lt;i&gt;Register anyway&lt;/i&gt;.</source>
            <translation>&lt;b&gt;यह रोगी शायद पहले से पंजीकृत है।&lt;/b&gt; सूची जाँचें; यदि यह कोई दूसरा व्यक्ति है, तो &lt;i&gt;फिर भी पंजीकृत करें&lt;/i&gt; चुनें।</translation>
    </message>
    <message>
        <source>Address</source>
            <translation>पता</translation>
    </message>
    <message>
        <source>Birth date</source>
            <translation>जन्म तिथि</translation>
    </message>
    <message>
        <source>Blood gro&amp;up:</source>
            <translation>रक्त समूह (&amp;U):</translation>
    </message>
    <message>
        <source>Blood group</source>
            <translation>रक्त समूह</translation>
    </message>
    <message>
        <source>Choose the sex (&quot;Unknown&quot; if it is not known).</source>
            <translation>लिंग चुनें (पता न हो तो &quot;अज्ञात&quot;)।</translation>
    </message>
    <message>
        <source>Edit demographics — %1</source>
            <translation>जनसांख्यिकी विवरण संपादित करें — %1</translation>
    </message>
    <message>
        <source>Emergency contact</source>
            <translation>आपातकालीन संपर्क</translation>
    </message>
    <message>
        <source>Emergency contact name</source>
            <translation>आपातकालीन संपर्क का नाम</translation>
    </message>
    <message>
        <source>Emergency contact phone</source>
            <translation>आपातकालीन संपर्क का फ़ोन</translation>
    </message>
    <message>
        <source>Emergency contact relationship</source>
            <translation>आपातकालीन संपर्क से संबंध</translation>
    </message>
    <message>
        <source>Enter at least one given name.</source>
            <translation>कम से कम एक पहला नाम दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter the birth date.</source>
            <translation>जन्म तिथि दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter the family name.</source>
            <translation>उपनाम दर्ज करें।</translation>
    </message>
    <message>
        <source>Family name</source>
            <translation>उपनाम</translation>
    </message>
    <message>
        <source>Given names</source>
            <translation>पहला नाम</translation>
    </message>
    <message>
        <source>Identifier</source>
            <translation>पहचान संख्या</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
            <translation>संभावित दोहरे पंजीकरण</translation>
    </message>
    <message>
        <source>Name:</source>
            <translation>नाम:</translation>
    </message>
    <message>
        <source>Phone</source>
            <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Phone:</source>
            <translation>फ़ोन:</translation>
    </message>
    <message>
        <source>Register &amp;anyway</source>
            <translation>फिर भी पंजीकृत करें (&amp;A)</translation>
    </message>
    <message>
        <source>Register a patient</source>
            <translation>रोगी पंजीकृत करें</translation>
    </message>
    <message>
        <source>Relationship:</source>
            <translation>संबंध:</translation>
    </message>
    <message>
        <source>Sex</source>
            <translation>लिंग</translation>
    </message>
    <message>
        <source>Sign the changed demographics</source>
            <translation>बदले हुए जनसांख्यिकी विवरण पर हस्ताक्षर करें</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
            <translation>जन्म तिथि भविष्य में है।</translation>
    </message>
    <message>
        <source>not entered</source>
            <translation>दर्ज नहीं</translation>
    </message>
    <message>
        <source>unknown</source>
            <translation>अज्ञात</translation>
    </message>
    <message>
        <source>— choose —</source>
            <translation>— चुनें —</translation>
    </message>
</context>
<context>
    <name>medilock::ui::RekeyDialog</name>
    <message>
        <source>&amp;Re-key now</source>
            <translation>अभी कुंजी बदलें (&amp;R)</translation>
    </message>
    <message>
        <source>A re-key cannot be cancelled once it runs.</source>
            <translation>कुंजी बदलना शुरू होने के बाद रद्द नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Checking the copy…</source>
            <translation>प्रति की जाँच हो रही है…</translation>
    </message>
    <message>
        <source>Copying the database under the new key…</source>
            <translation>डेटाबेस नई कुंजी के साथ कॉपी हो रहा है…</translation>
    </message>
    <message>
        <source>Done.</source>
            <translation>पूरा हुआ।</translation>
    </message>
    <message>
        <source>Preparing the new key…</source>
            <translation>नई कुंजी तैयार हो रही है…</translation>
    </message>
    <message>
        <source>Re-key progress</source>
            <translation>कुंजी बदलने की प्रगति</translation>
    </message>
    <message>
        <source>Re-key the database</source>
            <translation>डेटाबेस की कुंजी बदलें</translation>
    </message>
    <message>
        <source>Starting sync again…</source>
            <translation>सिंक फिर से शुरू हो रहा है…</translation>
    </message>
    <message>
        <source>Stopping sync…</source>
            <translation>सिंक रोका जा रहा है…</translation>
    </message>
    <message>
        <source>Switching to the new database file…</source>
            <translation>नई डेटाबेस फ़ाइल पर स्विच हो रहा है…</translation>
    </message>
    <message>
        <source>Sync did not start again: %1</source>
            <translation>सिंक फिर से शुरू नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>The database gets a new random key: it is copied under the new key, checked row for row and swapped in, and the new key is sealed for every keyring slot on this node. A database key that left with someone opens nothing written from now on; copies and backups taken before keep the old key. Sync stops meanwhile and starts again afterwards. No other program may have the node open. An interruption leaves a node that opens with every record.</source>
            <translation>डेटाबेस को एक नई यादृच्छिक कुंजी मिलती है: उसे नई कुंजी के साथ कॉपी किया जाता है, पंक्ति-दर-पंक्ति जाँचा जाता है और बदला जाता है, और नई कुंजी इस नोड के हर कीरिंग स्लॉट के लिए सील की जाती है। जो डेटाबेस कुंजी किसी के साथ चली गई, वह अब से लिखी गई किसी चीज़ को नहीं खोलती; पहले ली गई प्रतियाँ और बैकअप पुरानी कुंजी रखते हैं। इस बीच सिंक रुकता है और बाद में फिर शुरू होता है। किसी और प्रोग्राम ने नोड खुला नहीं रखा होना चाहिए। बीच में रुकावट आने पर भी नोड सभी रिकॉर्ड के साथ खुलता है।</translation>
    </message>
    <message>
        <source>✓ The database is re-keyed (key generation %1); the new key is sealed for: %2.</source>
            <translation>✓ डेटाबेस की कुंजी बदल दी गई (कुंजी पीढ़ी %1); नई कुंजी इनके लिए सील है: %2।</translation>
    </message>
    <message>
        <source>✗ The database was not re-keyed: %1</source>
            <translation>✗ डेटाबेस की कुंजी नहीं बदली गई: %1</translation>
    </message>
</context>
<context>
    <name>medilock::ui::RestoreDialog</name>
    <message>
        <source>&amp;Browse…</source>
            <translation>ब्राउज़ करें… (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
            <translation>पुनर्स्थापित करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
            <translation>साइन इन करें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
            <translation>उपयोगकर्ता नाम (&amp;U):</translation>
    </message>
    <message>
        <source>A restore under way cannot be cancelled; the window can be closed once it has ended.</source>
            <translation>चल रही पुनर्स्थापना रद्द नहीं की जा सकती; उसके पूरा होने के बाद ही यह विंडो बंद की जा सकती है।</translation>
    </message>
    <message>
        <source>All files (*)</source>
            <translation>सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Backup &amp;archive:</source>
            <translation>बैकअप आर्काइव (&amp;A):</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
            <translation>बैकअप पासफ़्रेज़ (&amp;P):</translation>
    </message>
    <message>
        <source>Backup archive</source>
            <translation>बैकअप आर्काइव</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
            <translation>बैकअप पासफ़्रेज़</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
            <translation>ब्राउज़ करें… (&amp;O)</translation>
    </message>
    <message>
        <source>Brings a node back from an encrypted backup archive, for instance on a workstation whose disk was replaced. You need the archive, its backup passphrase, and the user name and passphrase of a user of the backed-up node. The restored ledger is verified block for block before the node is put in place; if anything fails, nothing is written.</source>
            <translation>एन्क्रिप्टेड बैकअप आर्काइव से एक नोड वापस लाता है, उदाहरण के लिए ऐसे वर्कस्टेशन पर जिसकी डिस्क बदली गई हो। आपको आर्काइव, उसका बैकअप पासफ़्रेज़, और बैकअप किए गए नोड के किसी उपयोगकर्ता का नाम और पासफ़्रेज़ चाहिए। नोड को उसकी जगह रखने से पहले पुनर्स्थापित लेजर का हर ब्लॉक सत्यापित किया जाता है; कुछ भी विफल हो तो कुछ नहीं लिखा जाता।</translation>
    </message>
    <message>
        <source>Choose a new directory to restore into.</source>
            <translation>पुनर्स्थापना के लिए एक नई निर्देशिका चुनें।</translation>
    </message>
    <message>
        <source>Choose a new, empty directory for the restored node</source>
            <translation>पुनर्स्थापित नोड के लिए एक नई, खाली निर्देशिका चुनें</translation>
    </message>
    <message>
        <source>Choose the backup archive</source>
            <translation>बैकअप आर्काइव चुनें</translation>
    </message>
    <message>
        <source>Choose the backup archive to restore.</source>
            <translation>पुनर्स्थापित करने के लिए बैकअप आर्काइव चुनें।</translation>
    </message>
    <message>
        <source>Enter the backup passphrase, and the user name and passphrase of a user of the backed-up node.</source>
            <translation>बैकअप पासफ़्रेज़, और बैकअप किए गए नोड के किसी उपयोगकर्ता का नाम और पासफ़्रेज़ दर्ज करें।</translation>
    </message>
    <message>
        <source>MediLock backups (*.mlbak)</source>
            <translation>MediLock बैकअप (*.mlbak)</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
            <translation>पासफ़्रेज़ (&amp;H):</translation>
    </message>
    <message>
        <source>Restore &amp;into (a new directory):</source>
            <translation>यहाँ पुनर्स्थापित करें (नई निर्देशिका) (&amp;I):</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
            <translation>बैकअप से पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>Restore into this directory</source>
            <translation>इस निर्देशिका में पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>Restore into:</source>
            <translation>यहाँ पुनर्स्थापित करें:</translation>
    </message>
    <message>
        <source>Restore progress</source>
            <translation>पुनर्स्थापना की प्रगति</translation>
    </message>
    <message>
        <source>Step 1 of 2: decrypting the archive…</source>
            <translation>चरण 2 में से 1: आर्काइव डिक्रिप्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Step 2 of 2: verifying every block and entry of the restored ledger…</source>
            <translation>चरण 2 में से 2: पुनर्स्थापित लेजर के हर ब्लॉक और प्रविष्टि का सत्यापन हो रहा है…</translation>
    </message>
    <message>
        <source>This node signs nothing until it has caught up with its own chain from a peer: it cannot know what it signed after the backup was taken. Start it where its usual peers can be reached. Until then no record can be signed; charts and the emergency view still open, each access is kept signed until it can be sealed, and the status bar says that the node is waiting.</source>
            <translation>यह नोड तब तक कुछ भी हस्ताक्षरित नहीं करता जब तक वह किसी पीयर से अपनी स्वयं की शृंखला प्राप्त नहीं कर लेता: वह नहीं जान सकता कि बैकअप लेने के बाद उसने क्या हस्ताक्षरित किया। इसे वहाँ शुरू करें जहाँ इसके सामान्य पीयर पहुँच में हों। तब तक कोई रिकॉर्ड हस्ताक्षरित नहीं हो सकता; चार्ट और आपातकालीन दृश्य फिर भी खुलते हैं, हर पहुँच हस्ताक्षरित रूप में तब तक रखी जाती है जब तक उसे सील न किया जा सके, और स्थिति पट्टी दिखाती है कि नोड प्रतीक्षा कर रहा है।</translation>
    </message>
    <message>
        <source>To open this node at a later start, start MediLock with --data %1.</source>
            <translation>बाद में इस नोड को खोलने के लिए MediLock को --data %1 के साथ शुरू करें।</translation>
    </message>
    <message>
        <source>User name</source>
            <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>Your passphrase</source>
            <translation>आपका पासफ़्रेज़</translation>
    </message>
    <message>
        <source>✓ Restored into %1 and verified: %2 blocks, %3 entries.</source>
            <translation>✓ %1 में पुनर्स्थापित और सत्यापित: %2 ब्लॉक, %3 प्रविष्टियाँ।</translation>
    </message>
    <message>
        <source>✗ Nothing was restored: %1</source>
            <translation>✗ कुछ भी पुनर्स्थापित नहीं हुआ: %1</translation>
    </message>
</context>
<context>
    <name>medilock::ui::RevokeUserDialog</name>
    <message>
        <source>&amp;Revoke for good</source>
            <translation>स्थायी रूप से निरस्त करें (&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
            <translation>कारण (&amp;E):</translation>
    </message>
    <message>
        <source>Reason for the revocation</source>
            <translation>निरस्तीकरण का कारण</translation>
    </message>
    <message>
        <source>Revoke %1</source>
            <translation>%1 को निरस्त करें</translation>
    </message>
    <message>
        <source>This cannot be undone. %1&apos;s key is revoked on the ledger and their keyring slot on this node is removed: every node refuses what the key signs from now on. What it signed before stays valid. The database is then re-keyed, so the database key %1 may have kept opens nothing written from now on; sync stops meanwhile. No other program may have the node open.</source>
            <translation>इसे पूर्ववत नहीं किया जा सकता। %1 की कुंजी लेजर पर रद्द की जाती है और इस नोड पर उनका कीरिंग स्लॉट हटा दिया जाता है: अब से हर नोड उस कुंजी के हस्ताक्षर अस्वीकार करता है। पहले किए गए हस्ताक्षर मान्य रहते हैं। फिर डेटाबेस की कुंजी बदली जाती है, ताकि %1 के पास रह गई डेटाबेस कुंजी अब से लिखी गई किसी चीज़ को न खोले; इस बीच सिंक रुकता है। किसी और प्रोग्राम ने नोड खुला नहीं रखा होना चाहिए।</translation>
    </message>
    <message>
        <source>e.g. left the clinic</source>
            <translation>जैसे क्लिनिक छोड़ दिया</translation>
    </message>
</context>
<context>
    <name>medilock::ui::SyncStatusLabel</name>
    <message>
        <source>Sync needs attention: %1</source>
            <translation>सिंक पर ध्यान देना ज़रूरी है: %1</translation>
    </message>
    <message>
        <source>Sync status</source>
            <translation>सिंक स्थिति</translation>
    </message>
    <message>
        <source>Sync status unavailable</source>
            <translation>सिंक स्थिति उपलब्ध नहीं</translation>
    </message>
</context>
<context>
    <name>medilock::ui::UsersPane</name>
    <message>
        <source>%1 has a new key.</source>
            <translation>%1 की नई कुंजी है।</translation>
    </message>
    <message>
        <source>%1 is revoked; the database is re-keyed.</source>
            <translation>%1 रद्द कर दिया गया; डेटाबेस की कुंजी बदल दी गई।</translation>
    </message>
    <message>
        <source>&amp;Enrol user…</source>
            <translation>उपयोगकर्ता नामांकित करें… (&amp;E)</translation>
    </message>
    <message>
        <source>Change &amp;my passphrase…</source>
            <translation>मेरा पासफ़्रेज़ बदलें… (&amp;M)</translation>
    </message>
    <message>
        <source>Enrol a user</source>
            <translation>उपयोगकर्ता नामांकित करें</translation>
    </message>
    <message>
        <source>Enrolled %1.</source>
            <translation>%1 नामांकित।</translation>
    </message>
    <message>
        <source>R&amp;otate key…</source>
            <translation>कुंजी बदलें… (&amp;O)</translation>
    </message>
    <message>
        <source>Revo&amp;ke…</source>
            <translation>निरस्त करें… (&amp;K)</translation>
    </message>
    <message>
        <source>Revoke the selected user</source>
            <translation>चुने गए उपयोगकर्ता को निरस्त करें</translation>
    </message>
    <message>
        <source>Rotate the selected user&apos;s key</source>
            <translation>चुने गए उपयोगकर्ता की कुंजी बदलें</translation>
    </message>
    <message>
        <source>Users of this clinic</source>
            <translation>इस क्लिनिक के उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Your passphrase is changed.</source>
            <translation>आपका पासफ़्रेज़ बदल गया है।</translation>
    </message>
</context>
<context>
    <name>medilock::ui::VerifyCardDialog</name>
    <message>
        <source>&amp;Verify</source>
            <translation>&amp;सत्यापित करें</translation>
    </message>
    <message>
        <source>NOT VALID: do not rely on this card.</source>
            <translation>अमान्य: इस कार्ड पर भरोसा न करें।</translation>
    </message>
    <message>
        <source>Paste the text read from the card&apos;s QR code (a phone&apos;s scanner app or &quot;zbarimg --raw&quot; shows it). It is checked here, offline.</source>
            <translation>कार्ड के QR कोड से पढ़ा गया पाठ यहाँ चिपकाएँ (फ़ोन का स्कैनर ऐप या &quot;zbarimg --raw&quot; इसे दिखाता है)। इसकी जाँच यहीं, ऑफ़लाइन होती है।</translation>
    </message>
    <message>
        <source>Reason: %1</source>
            <translation>कारण: %1</translation>
    </message>
    <message>
        <source>SIGNATURE VALID BUT NOT FROM A KNOWN NODE: the key %1 is not certified on this node&apos;s ledger; do not rely on this card&apos;s content (issued %2).</source>
            <translation>हस्ताक्षर मान्य है पर किसी ज्ञात नोड का नहीं: कुंजी %1 इस नोड के लेजर पर प्रमाणित नहीं है; इस कार्ड की सामग्री पर भरोसा न करें (जारी %2)।</translation>
    </message>
    <message>
        <source>Text of the emergency card&apos;s QR code</source>
            <translation>आपातकालीन कार्ड के QR कोड का पाठ</translation>
    </message>
    <message>
        <source>The card says what the issuing node knew when it was issued.</source>
            <translation>कार्ड वही बताता है जो जारी करने वाले नोड को जारी करते समय पता था।</translation>
    </message>
    <message>
        <source>VALID: signed by %1 on %2.</source>
            <translation>मान्य: %2 को %1 द्वारा हस्ताक्षरित।</translation>
    </message>
    <message>
        <source>Verify an emergency card</source>
            <translation>आपातकालीन कार्ड सत्यापित करें</translation>
    </message>
    <message>
        <source>Verify the pasted card</source>
            <translation>चिपकाया गया कार्ड सत्यापित करें</translation>
    </message>
    <message>
        <source>an unknown node (key %1)</source>
            <translation>एक अज्ञात नोड (कुंजी %1)</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; of clinic &quot;%2&quot;</source>
            <translation>क्लिनिक &quot;%2&quot; का नोड &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>medilock::ui::VitalsDialog</name>
    <message>
        <source>%</source>
            <translation>%</translation>
    </message>
    <message>
        <source>&amp;Diastolic pressure:</source>
            <translation>डायस्टोलिक रक्तचाप (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
            <translation>लंबाई (&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Pulse:</source>
            <translation>नाड़ी (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Respiratory rate:</source>
            <translation>श्वसन दर (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Systolic pressure:</source>
            <translation>सिस्टोलिक रक्तचाप (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
            <translation>तापमान (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
            <translation>वज़न (&amp;W):</translation>
    </message>
    <message>
        <source>/min</source>
            <translation>/मिनट</translation>
    </message>
    <message>
        <source>Out of range or not a number: %1.</source>
            <translation>सीमा से बाहर या संख्या नहीं: %1।</translation>
    </message>
    <message>
        <source>Record vital signs</source>
            <translation>वाइटल साइन दर्ज करें</translation>
    </message>
    <message>
        <source>S&amp;pO₂:</source>
            <translation>SpO₂ (&amp;O):</translation>
    </message>
    <message>
        <source>cm</source>
            <translation>सेमी</translation>
    </message>
    <message>
        <source>kg</source>
            <translation>किग्रा</translation>
    </message>
    <message>
        <source>mmHg</source>
            <translation>mmHg</translation>
    </message>
    <message>
        <source>°C</source>
            <translation>°C</translation>
    </message>
</context>
<context>
    <name>medilock::ui::VitalsPane</name>
    <message>
        <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date</source>
            <translation>तिथि</translation>
    </message>
    <message numerus="yes">
        <source>LOINC %1, %n measurement(s)</source>
            <translation>
                <numerusform>LOINC %1, %n माप</numerusform>
                <numerusform>LOINC %1, %n माप</numerusform>
            </translation>
    </message>
    <message>
        <source>No vital signs recorded</source>
            <translation>कोई वाइटल साइन दर्ज नहीं</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
            <translation>दिखाएँ (&amp;H):</translation>
    </message>
    <message>
        <source>Show:</source>
            <translation>दिखाएँ:</translation>
    </message>
    <message>
        <source>Vital signs over time</source>
            <translation>समय के साथ वाइटल साइन</translation>
    </message>
    <message>
        <source>Vital signs to plot</source>
            <translation>ग्राफ़ में दिखाने के लिए वाइटल साइन</translation>
    </message>
    <message>
        <source>Vitals</source>
            <translation>वाइटल्स</translation>
    </message>
</context>
</TS>
