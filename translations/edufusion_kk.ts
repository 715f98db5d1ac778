<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AmendCommand</name>
    <message>
        <source>amend %1</source>
        <translation>«%1» өзгерту</translation>
    </message>
</context>
<context>
    <name>AppStartup</name>
    <message>
        <source>EduFusion Desk</source>
        <translation>EduFusion Desk</translation>
    </message>
    <message>
        <source>Open it anyway?</source>
        <translation>Бәрібір ашу керек пе?</translation>
    </message>
    <message>
        <source>The demo data could not be added: %1</source>
        <translation>Демо деректерді қосу мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <source>The file size cannot be negative.</source>
        <translation>Файл өлшемі теріс болмайды.</translation>
    </message>
    <message>
        <source>The file&apos;s checksum is missing or damaged.</source>
        <translation>Файлдың бақылау сомасы жоқ немесе бүлінген.</translation>
    </message>
    <message>
        <source>A file name cannot contain / or \.</source>
        <translation>Файл атауында / немесе \ болмауы керек.</translation>
    </message>
    <message>
        <source>The file type is not recognised.</source>
        <translation>Файл түрі анықталмады.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Серіктестік</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Файл атауы</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Бақылау сомасы</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Қосылған күні</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>%1 is larger than %2 MB; attach a smaller file.</source>
        <translation>%1 көлемі %2 МБ-тан үлкен; кішірек файл тіркеңіз.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 файлын оқу мүмкін емес: %2</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>Use capital letters, digits, - and /, such as EKTU-TP-2026-001.</source>
        <translation>Бас әріптерді, цифрларды, - және / белгілерін қолданыңыз, мысалы EKTU-TP-2026-001.</translation>
    </message>
    <message>
        <source>Say why the certificate is revoked.</source>
        <translation>Сертификаттың неге кері қайтарылғанын жазыңыз.</translation>
    </message>
    <message>
        <source>Only a revoked certificate has a revocation date and reason.</source>
        <translation>Кері қайтару күні мен себебі тек кері қайтарылған сертификатта болады.</translation>
    </message>
    <message>
        <source>A certificate cannot replace itself.</source>
        <translation>Сертификат өзін-өзі алмастыра алмайды.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Иесі</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Орнына берілген</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Кері қайтарылған күні</translation>
    </message>
    <message>
        <source>Reason for revocation</source>
        <translation>Кері қайтару себебі</translation>
    </message>
    <message>
        <source>Only a superseded certificate has a date and reason of reissue.</source>
        <translation>Қайта ресімдеу күні мен себебі тек ауыстырылған сертификатта болады.</translation>
    </message>
    <message>
        <source>Reissued on</source>
        <translation>Қайта ресімделген күні</translation>
    </message>
    <message>
        <source>Reason for reissue</source>
        <translation>Қайта ресімдеу себебі</translation>
    </message>
    <message>
        <source>Signed QR code</source>
        <translation>Қол қойылған QR-код</translation>
    </message>
    <message>
        <source>Open Badges credential</source>
        <translation>Open Badges цифрлық белгісі</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Безендіру</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
</context>
<context>
    <name>CertificateAction</name>
    <message>
        <source>Say why.</source>
        <translation>Себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Тізілім жазбасы</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>CertificateSignatory</name>
    <message>
        <source>Signatory</source>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Place on the page</source>
        <translation>Беттегі орны</translation>
    </message>
    <message>
        <source>A certificate has room for three signatures: 1 to 3.</source>
        <translation>Сертификатта үш қолтаңбаға орын бар: 1-ден 3-ке дейін.</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>Аты жазылуы бойынша</translation>
    </message>
    <message>
        <source>Name in Latin</source>
        <translation>Аты латын әрпімен</translation>
    </message>
    <message>
        <source>Title in Kazakh</source>
        <translation>Лауазымы қазақша</translation>
    </message>
    <message>
        <source>Title in Russian</source>
        <translation>Лауазымы орысша</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Лауазымы ағылшынша</translation>
    </message>
</context>
<context>
    <name>Course</name>
    <message>
        <source>Use capital letters, digits, - and ., such as EKTU-STEAM-101.</source>
        <translation>Бас әріптерді, цифрларды, - және . белгілерін қолданыңыз, мысалы EKTU-STEAM-101.</translation>
    </message>
    <message>
        <source>Enter the ECTS credits: more than 0, at most 60, in steps of 0.5.</source>
        <translation>ECTS кредиттерін енгізіңіз: 0-ден көп, ең көбі 60, 0,5 қадаммен.</translation>
    </message>
    <message>
        <source>Choose the languages from Kazakh, Russian and English.</source>
        <translation>Тілдерді қазақ, орыс және ағылшын тілдерінен таңдаңыз.</translation>
    </message>
    <message>
        <source>Each language is listed once.</source>
        <translation>Әр тіл бір рет көрсетіледі.</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Title in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Title in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Ағылшынша атауы</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <source>ECTS credits</source>
        <translation>ECTS кредиттері</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдері</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Оқыту түрі</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Ұсынушы</translation>
    </message>
    <message>
        <source>Accreditation agency</source>
        <translation>Аккредиттеу агенттігі</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Аккредиттеу</translation>
    </message>
    <message>
        <source>Accredited on</source>
        <translation>Аккредиттелген күні</translation>
    </message>
    <message>
        <source>Accredited until</source>
        <translation>Аккредиттеу мерзімі</translation>
    </message>
    <message>
        <source>Climate-neutral</source>
        <translation>Климатқа бейтарап</translation>
    </message>
    <message>
        <source>Gender-inclusive</source>
        <translation>Гендерлік инклюзивті</translation>
    </message>
    <message>
        <source>Learning outcomes</source>
        <translation>Оқу нәтижелері</translation>
    </message>
</context>
<context>
    <name>CsvReportWriter</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>%1 қалтасын құру мүмкін емес.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 жазу мүмкін емес: %2.</translation>
    </message>
</context>
<context>
    <name>Dependents</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Enrollment</name>
    <message>
        <source>A grade is given only when the course is completed or failed.</source>
        <translation>Баға курс аяқталғанда немесе тапсырылмағанда ғана қойылады.</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Курсқа жазылу</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Курс ағыны</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Студент</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Grade (0–100)</source>
        <translation>Баға (0–100)</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Жазылған күні</translation>
    </message>
</context>
<context>
    <name>EnumLabels</name>
    <message>
        <source>University</source>
        <comment>institution_kind</comment>
        <translation>Университет</translation>
    </message>
    <message>
        <source>Company</source>
        <comment>institution_kind</comment>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Public body</source>
        <comment>institution_kind</comment>
        <translation>Мемлекеттік орган</translation>
    </message>
    <message>
        <source>Accreditation agency</source>
        <comment>institution_kind</comment>
        <translation>Аккредиттеу агенттігі</translation>
    </message>
    <message>
        <source>Network</source>
        <comment>institution_kind</comment>
        <translation>Желі</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>institution_kind</comment>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Female</source>
        <comment>gender</comment>
        <translation>Әйел</translation>
    </message>
    <message>
        <source>Male</source>
        <comment>gender</comment>
        <translation>Ер</translation>
    </message>
    <message>
        <source>Not stated</source>
        <comment>gender</comment>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <comment>partnership_kind</comment>
        <translation>Өзара түсіністік туралы меморандум</translation>
    </message>
    <message>
        <source>Internship agreement</source>
        <comment>partnership_kind</comment>
        <translation>Тағылымдама туралы келісім</translation>
    </message>
    <message>
        <source>Dual education</source>
        <comment>partnership_kind</comment>
        <translation>Дуалды оқыту</translation>
    </message>
    <message>
        <source>Joint project</source>
        <comment>partnership_kind</comment>
        <translation>Бірлескен жоба</translation>
    </message>
    <message>
        <source>Research contract</source>
        <comment>partnership_kind</comment>
        <translation>Зерттеу шарты</translation>
    </message>
    <message>
        <source>Proposed</source>
        <comment>partnership_status</comment>
        <translation>Ұсынылған</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <comment>partnership_status</comment>
        <translation>Келіссөз жүргізілуде</translation>
    </message>
    <message>
        <source>Signed</source>
        <comment>partnership_status</comment>
        <translation>Қол қойылған</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>partnership_status</comment>
        <translation>Әрекетте</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>partnership_status</comment>
        <translation>Аяқталған</translation>
    </message>
    <message>
        <source>Terminated</source>
        <comment>partnership_status</comment>
        <translation>Бұзылған</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>partnership_status</comment>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <comment>project_role</comment>
        <translation>Үйлестіруші</translation>
    </message>
    <message>
        <source>Partner</source>
        <comment>project_role</comment>
        <translation>Серіктес</translation>
    </message>
    <message>
        <source>Associated partner</source>
        <comment>project_role</comment>
        <translation>Қауымдасқан серіктес</translation>
    </message>
    <message>
        <source>People</source>
        <comment>indicator_unit</comment>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Percent</source>
        <comment>indicator_unit</comment>
        <translation>Пайыз</translation>
    </message>
    <message>
        <source>Courses</source>
        <comment>indicator_unit</comment>
        <translation>Курстар</translation>
    </message>
    <message>
        <source>Modules</source>
        <comment>indicator_unit</comment>
        <translation>Модульдер</translation>
    </message>
    <message>
        <source>Organisations</source>
        <comment>indicator_unit</comment>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <source>Events</source>
        <comment>indicator_unit</comment>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <source>Agreements</source>
        <comment>indicator_unit</comment>
        <translation>Келісімдер</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>indicator_unit</comment>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Engineering pedagogy</source>
        <comment>training_topic</comment>
        <translation>Инженерлік педагогика</translation>
    </message>
    <message>
        <source>Pedagogical psychology</source>
        <comment>training_topic</comment>
        <translation>Педагогикалық психология</translation>
    </message>
    <message>
        <source>Communication</source>
        <comment>training_topic</comment>
        <translation>Коммуникация</translation>
    </message>
    <message>
        <source>Interactive methods</source>
        <comment>training_topic</comment>
        <translation>Интерактивті әдістер</translation>
    </message>
    <message>
        <source>Reflective practice</source>
        <comment>training_topic</comment>
        <translation>Рефлексивті тәжірибе</translation>
    </message>
    <message>
        <source>Entrepreneurship</source>
        <comment>training_topic</comment>
        <translation>Кәсіпкерлік</translation>
    </message>
    <message>
        <source>STEAM</source>
        <comment>training_topic</comment>
        <translation>STEAM</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>training_topic</comment>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>National</source>
        <comment>certification_standard</comment>
        <translation>Ұлттық</translation>
    </message>
    <message>
        <source>International</source>
        <comment>certification_standard</comment>
        <translation>Халықаралық</translation>
    </message>
    <message>
        <source>Workshop</source>
        <comment>event_kind</comment>
        <translation>Практикалық семинар</translation>
    </message>
    <message>
        <source>Seminar</source>
        <comment>event_kind</comment>
        <translation>Семинар</translation>
    </message>
    <message>
        <source>Study tour</source>
        <comment>event_kind</comment>
        <translation>Оқу сапары</translation>
    </message>
    <message>
        <source>Train-the-Trainer</source>
        <comment>event_kind</comment>
        <translation>Тренерлерді оқыту</translation>
    </message>
    <message>
        <source>Info day</source>
        <comment>event_kind</comment>
        <translation>Ақпарат күні</translation>
    </message>
    <message>
        <source>Webinar</source>
        <comment>event_kind</comment>
        <translation>Вебинар</translation>
    </message>
    <message>
        <source>Conference</source>
        <comment>event_kind</comment>
        <translation>Конференция</translation>
    </message>
    <message>
        <source>In person</source>
        <comment>event_mode</comment>
        <translation>Күндізгі</translation>
    </message>
    <message>
        <source>Online</source>
        <comment>event_mode</comment>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <comment>event_mode</comment>
        <translation>Аралас</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>participation_result</comment>
        <translation>Күтілуде</translation>
    </message>
    <message>
        <source>Passed</source>
        <comment>participation_result</comment>
        <translation>Өтті</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>participation_result</comment>
        <translation>Өтпеді</translation>
    </message>
    <message>
        <source>Valid</source>
        <comment>certificate_status</comment>
        <translation>Жарамды</translation>
    </message>
    <message>
        <source>Superseded</source>
        <comment>certificate_status</comment>
        <translation>Ауыстырылған</translation>
    </message>
    <message>
        <source>Revoked</source>
        <comment>certificate_status</comment>
        <translation>Кері қайтарылған</translation>
    </message>
    <message>
        <source>STEAM</source>
        <comment>course_area</comment>
        <translation>STEAM</translation>
    </message>
    <message>
        <source>Entrepreneurship</source>
        <comment>course_area</comment>
        <translation>Кәсіпкерлік</translation>
    </message>
    <message>
        <source>Online</source>
        <comment>course_delivery</comment>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Blended</source>
        <comment>course_delivery</comment>
        <translation>Аралас оқыту</translation>
    </message>
    <message>
        <source>In person</source>
        <comment>course_delivery</comment>
        <translation>Күндізгі</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <comment>accreditation_status</comment>
        <translation>Тапсырылмаған</translation>
    </message>
    <message>
        <source>Submitted</source>
        <comment>accreditation_status</comment>
        <translation>Тапсырылған</translation>
    </message>
    <message>
        <source>Accredited</source>
        <comment>accreditation_status</comment>
        <translation>Аккредиттелген</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>accreditation_status</comment>
        <translation>Бас тартылған</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>accreditation_status</comment>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <comment>enrollment_status</comment>
        <translation>Жазылған</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>enrollment_status</comment>
        <translation>Аяқталған</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>enrollment_status</comment>
        <translation>Шыққан</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>enrollment_status</comment>
        <translation>Өтпеді</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <comment>language</comment>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <comment>language</comment>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>English</source>
        <comment>language</comment>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <source>Values entered by hand</source>
        <comment>indicator_measure</comment>
        <translation>Қолмен енгізілген мәндер</translation>
    </message>
    <message>
        <source>Accredited courses</source>
        <comment>indicator_measure</comment>
        <translation>Аккредиттелген курстар</translation>
    </message>
    <message>
        <source>As written (Cyrillic)</source>
        <comment>holder_script</comment>
        <translation>Жазылуы бойынша (кирилл)</translation>
    </message>
    <message>
        <source>In Latin</source>
        <comment>holder_script</comment>
        <translation>Латын әрпімен</translation>
    </message>
    <message>
        <source>As written and in Latin</source>
        <comment>holder_script</comment>
        <translation>Жазылуы бойынша және латын әрпімен</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>certificate_action</comment>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Issued in place of another</source>
        <comment>certificate_action</comment>
        <translation>Басқасының орнына берілді</translation>
    </message>
    <message>
        <source>Replaced by a reissue</source>
        <comment>certificate_action</comment>
        <translation>Қайта ресімделгенімен ауыстырылды</translation>
    </message>
    <message>
        <source>Revoked</source>
        <comment>certificate_action</comment>
        <translation>Кері қайтарылды</translation>
    </message>
    <message>
        <source>People holding a valid certificate</source>
        <comment>indicator_measure</comment>
        <translation>Жарамды сертификаты бар адамдар</translation>
    </message>
    <message>
        <source>People who took part in training events</source>
        <comment>indicator_measure</comment>
        <translation>Оқыту іс-шараларына қатысқан адамдар</translation>
    </message>
    <message>
        <source>Hours of training attended</source>
        <comment>indicator_measure</comment>
        <translation>Қатысқан оқыту сағаттары</translation>
    </message>
    <message>
        <source>Training events held</source>
        <comment>indicator_measure</comment>
        <translation>Өткізілген оқыту іс-шаралары</translation>
    </message>
    <message>
        <source>Agreements signed</source>
        <comment>indicator_measure</comment>
        <translation>Қол қойылған келісімдер</translation>
    </message>
    <message>
        <source>Internships offered in agreements</source>
        <comment>indicator_measure</comment>
        <translation>Келісімдерде ұсынылған тағылымдамалар</translation>
    </message>
    <message>
        <source>Students placed through agreements</source>
        <comment>indicator_measure</comment>
        <translation>Келісімдер бойынша орналастырылған студенттер</translation>
    </message>
    <message>
        <source>Partner organisations with a signed agreement</source>
        <comment>indicator_measure</comment>
        <translation>Қол қойылған келісімі бар серіктес ұйымдар</translation>
    </message>
    <message>
        <source>Courses in the catalogue</source>
        <comment>indicator_measure</comment>
        <translation>Каталогтағы курстар</translation>
    </message>
    <message>
        <source>Enrollments in courses</source>
        <comment>indicator_measure</comment>
        <translation>Курсқа жазылулар</translation>
    </message>
    <message>
        <source>People enrolled in courses</source>
        <comment>indicator_measure</comment>
        <translation>Курсқа жазылған адамдар</translation>
    </message>
    <message>
        <source>The count</source>
        <comment>indicator_formula</comment>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Share of the denominator</source>
        <comment>indicator_formula</comment>
        <translation>Бөлімдегі үлесі</translation>
    </message>
    <message>
        <source>Change from the previous semester</source>
        <comment>indicator_formula</comment>
        <translation>Алдыңғы семестрмен салыстырғандағы өзгеріс</translation>
    </message>
    <message>
        <source>Gender</source>
        <comment>report_dimension</comment>
        <translation>Жыныс</translation>
    </message>
    <message>
        <source>Institution</source>
        <comment>report_dimension</comment>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Region</source>
        <comment>report_dimension</comment>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>Country</source>
        <comment>report_dimension</comment>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Certification standard</source>
        <comment>report_dimension</comment>
        <translation>Сертификаттау стандарты</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <comment>report_dimension</comment>
        <translation>Іс-шара түрі</translation>
    </message>
    <message>
        <source>Kind of agreement</source>
        <comment>report_dimension</comment>
        <translation>Келісім түрі</translation>
    </message>
    <message>
        <source>Lifecycle status</source>
        <comment>report_dimension</comment>
        <translation>Өмірлік цикл мәртебесі</translation>
    </message>
    <message>
        <source>Course area</source>
        <comment>report_dimension</comment>
        <translation>Курс бағыты</translation>
    </message>
    <message>
        <source>Semester</source>
        <comment>report_dimension</comment>
        <translation>Семестр</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>report_dimension</comment>
        <translation>Рөл</translation>
    </message>
</context>
<context>
    <name>ErasmusReport</name>
    <message>
        <source>All projects</source>
        <translation>Барлық жобалар</translation>
    </message>
    <message>
        <source>%1, all dates</source>
        <translation>%1, барлық күндер</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, %2 бастап</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, %2 дейін</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, as a share of: %2</source>
        <translation>%1, мынадан үлесі: %2</translation>
    </message>
    <message>
        <source>%1, change from %2 to %3</source>
        <translation>%1, %2 бастап %3 дейінгі өзгеріс</translation>
    </message>
    <message>
        <source>%1, change from the previous semester</source>
        <translation>%1, алдыңғы семестрмен салыстырғандағы өзгеріс</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>How it is counted</source>
        <translation>Қалай есептеледі</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Көрсеткіш мәні</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Мақсатты мән</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Орындалуы</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Бөліністер</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Бойынша</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>No institution</source>
        <translation>Ұйымсыз</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Event starts</source>
        <translation>Іс-шараның басталуы</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Қатысқан сағаты</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Өткізу түрі</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Қабылдаушы ұйым</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Серіктестіктер</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Университет</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Серіктес</translation>
    </message>
    <message>
        <source>Partner&apos;s country</source>
        <translation>Серіктестің елі</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Қол қойылған</translation>
    </message>
    <message>
        <source>Internships offered</source>
        <translation>Ұсынылған тағылымдамалар</translation>
    </message>
    <message>
        <source>Students placed</source>
        <translation>Орналастырылған студенттер</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Курстар</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <source>ECTS credits</source>
        <translation>ECTS кредиттері</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдері</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Оқыту түрі</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Ұсынушы</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Аккредиттеу</translation>
    </message>
    <message>
        <source>Accredited on</source>
        <translation>Аккредиттелген күні</translation>
    </message>
    <message>
        <source>Accredited until</source>
        <translation>Аккредиттеу мерзімі</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Курсқа жазылулар</translation>
    </message>
    <message>
        <source>Course code</source>
        <translation>Курс коды</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Семестр</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Жазылған күні</translation>
    </message>
</context>
<context>
    <name>EventTrainer</name>
    <message>
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>A percentage target cannot be above 100.</source>
        <translation>Пайыздық мақсат 100-ден аспауы керек.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Ағылшынша атауы</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Өлшеу тәсілі</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Бастапқы мән</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Мақсатты мән</translation>
    </message>
    <message>
        <source>Values entered by hand have no conditions; leave this empty.</source>
        <translation>Қолмен енгізілетін мәндердің шарттары жоқ; бұл өрісті бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>Only a share has a denominator: choose “Share of the denominator” or leave this empty.</source>
        <translation>Бөлім тек үлесте болады: «Бөлімдегі үлесі» дегенді таңдаңыз немесе бұл өрісті бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>A share is counted from the records; values entered by hand cannot be one.</source>
        <translation>Үлес жазбалар бойынша есептеледі; қолмен енгізілетін мәндер үлес бола алмайды.</translation>
    </message>
    <message>
        <source>Choose the measure the share is taken of.</source>
        <translation>Үлес алынатын өлшемді таңдаңыз.</translation>
    </message>
    <message>
        <source>The denominator is counted from the records; choose another measure.</source>
        <translation>Бөлім жазбалар бойынша есептеледі; басқа өлшемді таңдаңыз.</translation>
    </message>
    <message>
        <source>A share is measured in percent.</source>
        <translation>Үлес пайызбен өлшенеді.</translation>
    </message>
    <message>
        <source>This measure has no semesters, so its change per semester cannot be counted.</source>
        <translation>Бұл өлшемде семестр жоқ, сондықтан оның семестрдегі өзгерісін есептеу мүмкін емес.</translation>
    </message>
    <message>
        <source>A change per semester is measured in percent.</source>
        <translation>Семестрдегі өзгеріс пайызбен өлшенеді.</translation>
    </message>
    <message>
        <source>Only a share has conditions on its denominator; leave this empty.</source>
        <translation>Бөлімге қойылатын шарттар тек үлесте болады; бұл өрісті бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>Counted only where</source>
        <translation>Тек мына жағдайда есептеледі</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Көрсеткіш мәні</translation>
    </message>
    <message>
        <source>Share of</source>
        <translation>Мынаның үлесі</translation>
    </message>
    <message>
        <source>Share of those where</source>
        <translation>Мына жағдайдағылардың үлесі</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Есептеу басталуы</translation>
    </message>
    <message>
        <source>Counted until</source>
        <translation>Есептеу аяқталуы</translation>
    </message>
</context>
<context>
    <name>IndicatorValue</name>
    <message>
        <source>Indicator value</source>
        <translation>Көрсеткіш мәні</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Өлшенген күні</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>Institution</name>
    <message>
        <source>Enter the name in at least one language.</source>
        <translation>Атауын кемінде бір тілде енгізіңіз.</translation>
    </message>
    <message>
        <source>A BIN is issued only to organisations in Kazakhstan.</source>
        <translation>БСН тек Қазақстандағы ұйымдарға беріледі.</translation>
    </message>
    <message>
        <source>A BIN has 12 digits and the last one is a check digit; check the number.</source>
        <translation>БСН 12 цифрдан тұрады, соңғысы — бақылау цифры; нөмірді тексеріңіз.</translation>
    </message>
    <message>
        <source>A PIC has exactly 9 digits.</source>
        <translation>PIC коды дәл 9 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Ағылшынша атауы</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Қысқа атауы</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>Ел (ISO коды)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Erasmus+ PIC</source>
        <translation>Erasmus+ PIC</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
</context>
<context>
    <name>ListCatalog</name>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Соңы</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Name in Latin</source>
        <translation>Латынша аты</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Жобалар</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Қысқартылған атауы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Project number</source>
        <translation>Жоба нөмірі</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Бастапқы мән</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Мақсатты мән</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Серіктестіктер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Университет</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Серіктес</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Қол қойылған</translation>
    </message>
    <message>
        <source>Renewals due</source>
        <translation>Ұзартылатын келісімдер</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Байланыс адамдары</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Серіктестік</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қосылған күні</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Өлшемі (байт)</translation>
    </message>
    <message>
        <source>Training programmes</source>
        <translation>Оқыту бағдарламалары</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <source>Training events</source>
        <translation>Оқыту іс-шаралары</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Өткізу түрі</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Қабылдаушы ұйым</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Қатысқан сағаты</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Бағалау</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Иесі</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Курстар</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <source>ECTS</source>
        <translation>ECTS</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдері</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Ұсынушы</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Аккредиттеу</translation>
    </message>
    <message>
        <source>Offerings</source>
        <translation>Курс ағындары</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Семестр</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Оқытушы</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Орын саны</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Курсқа жазылулар</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Студент</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Жазылған</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Оқытуға қатысуы</translation>
    </message>
    <message>
        <source>Courses taught</source>
        <translation>Жүргізетін курстары</translation>
    </message>
    <message>
        <source>Partnerships as contact</source>
        <translation>Байланыс адамы ретінде серіктестіктер</translation>
    </message>
</context>
<context>
    <name>MeasureCatalog</name>
    <message>
        <source>Educator</source>
        <translation>Оқытушы</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Студент</translation>
    </message>
    <message>
        <source>Industry contact</source>
        <translation>Өндірістегі байланыс адамы</translation>
    </message>
    <message>
        <source>Abai Region</source>
        <translation>Абай облысы</translation>
    </message>
    <message>
        <source>Akmola Region</source>
        <translation>Ақмола облысы</translation>
    </message>
    <message>
        <source>Aktobe Region</source>
        <translation>Ақтөбе облысы</translation>
    </message>
    <message>
        <source>Almaty</source>
        <translation>Алматы</translation>
    </message>
    <message>
        <source>Almaty Region</source>
        <translation>Алматы облысы</translation>
    </message>
    <message>
        <source>Astana</source>
        <translation>Астана</translation>
    </message>
    <message>
        <source>Atyrau Region</source>
        <translation>Атырау облысы</translation>
    </message>
    <message>
        <source>East Kazakhstan Region</source>
        <translation>Шығыс Қазақстан облысы</translation>
    </message>
    <message>
        <source>Karaganda Region</source>
        <translation>Қарағанды облысы</translation>
    </message>
    <message>
        <source>Kostanay Region</source>
        <translation>Қостанай облысы</translation>
    </message>
    <message>
        <source>Kyzylorda Region</source>
        <translation>Қызылорда облысы</translation>
    </message>
    <message>
        <source>Mangystau Region</source>
        <translation>Маңғыстау облысы</translation>
    </message>
    <message>
        <source>North Kazakhstan Region</source>
        <translation>Солтүстік Қазақстан облысы</translation>
    </message>
    <message>
        <source>Pavlodar Region</source>
        <translation>Павлодар облысы</translation>
    </message>
    <message>
        <source>Shymkent</source>
        <translation>Шымкент</translation>
    </message>
    <message>
        <source>Turkistan Region</source>
        <translation>Түркістан облысы</translation>
    </message>
    <message>
        <source>Ulytau Region</source>
        <translation>Ұлытау облысы</translation>
    </message>
    <message>
        <source>West Kazakhstan Region</source>
        <translation>Батыс Қазақстан облысы</translation>
    </message>
    <message>
        <source>Zhambyl Region</source>
        <translation>Жамбыл облысы</translation>
    </message>
    <message>
        <source>Zhetysu Region</source>
        <translation>Жетісу облысы</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Қазақстан</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Өзбекстан</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Тәжікстан</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Түрікменстан</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Қырғызстан</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Португалия</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Испания</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Италия</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Швеция</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Эстония</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Франция</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Бельгия</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Қытай</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>Облыссыз</translation>
    </message>
</context>
<context>
    <name>MeasureCondition</name>
    <message>
        <source>Condition %1 (“%2”) is not of the form dimension=value, such as gender=female.</source>
        <translation>%1-шарт («%2») өлшем=мән түрінде жазылмаған, мысалы gender=female.</translation>
    </message>
    <message>
        <source>Condition %1: “%2” cannot be counted by “%3”; it can be by: %4.</source>
        <translation>%1-шарт: «%2» «%3» бойынша есептелмейді; мыналар бойынша болады: %4.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ештеңе</translation>
    </message>
    <message>
        <source>Condition %1: “%2” is not a valid value for “%3”.</source>
        <translation>%1-шарт: «%2» — «%3» үшін жарамсыз мән.</translation>
    </message>
    <message>
        <source>Condition %1: “%2” is not a value of “%3”; choose one of: %4.</source>
        <translation>%1-шарт: «%2» — «%3» мәні емес; мыналардың бірін таңдаңыз: %4.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>NationalGenerator</name>
    <message>
        <source>%1 already exists; choose a new file name for the generated store.</source>
        <translation>%1 бұрыннан бар; жасалатын деректер файлына жаңа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>The generated store could not be renamed to %1.</source>
        <translation>Жасалған деректер файлын %1 атауына өзгерту мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>Offering</name>
    <message>
        <source>Enter a capacity of at least 1, or leave it empty.</source>
        <translation>Кемінде 1 орын енгізіңіз немесе бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Курс ағыны</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Семестр</translation>
    </message>
    <message>
        <source>Language of teaching</source>
        <translation>Оқыту тілі</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Оқытушы</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Орын саны</translation>
    </message>
</context>
<context>
    <name>OfficeKey</name>
    <message>
        <source>The block of numbers ends before it starts.</source>
        <translation>Нөмірлер блогы басталмай жатып аяқталады.</translation>
    </message>
    <message>
        <source>The key certificate is missing.</source>
        <translation>Кілт сертификаты жоқ.</translation>
    </message>
    <message>
        <source>Office signing key</source>
        <translation>Кеңсенің қолтаңба кілті</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Кеңсе</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Кілт идентификаторы</translation>
    </message>
    <message>
        <source>A key id is 16 hexadecimal digits.</source>
        <translation>Кілт идентификаторы — 16 оналтылық цифр.</translation>
    </message>
    <message>
        <source>Signs from</source>
        <translation>Қол қоя бастайды</translation>
    </message>
    <message>
        <source>Signs until</source>
        <translation>Қол қоюдың соңғы күні</translation>
    </message>
    <message>
        <source>First number</source>
        <translation>Бірінші нөмір</translation>
    </message>
    <message>
        <source>Numbers run from 1 to 999999.</source>
        <translation>Нөмірлер 1-ден 999999-ға дейін.</translation>
    </message>
    <message>
        <source>Last number</source>
        <translation>Соңғы нөмір</translation>
    </message>
    <message>
        <source>Demo key</source>
        <translation>Демо кілт</translation>
    </message>
    <message>
        <source>Key certificate</source>
        <translation>Кілт сертификаты</translation>
    </message>
</context>
<context>
    <name>Participation</name>
    <message>
        <source>Participation</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Қатысқан сағаты</translation>
    </message>
    <message>
        <source>Assessment (0–100)</source>
        <translation>Бағалау (0–100)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
</context>
<context>
    <name>Partnership</name>
    <message>
        <source>The partner must be another institution than the university.</source>
        <translation>Серіктес университеттің өзі емес, басқа ұйым болуы керек.</translation>
    </message>
    <message>
        <source>Enter the date the agreement was signed.</source>
        <translation>Келісімге қол қойылған күнді енгізіңіз.</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Серіктестік</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Университет</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Серіктес</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Қол қойылған күні</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Басталатын күні</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Аяқталатын күні</translation>
    </message>
    <message>
        <source>Internships offered</source>
        <translation>Ұсынылған тағылымдамалар</translation>
    </message>
    <message>
        <source>Students placed</source>
        <translation>Орналастырылған студенттер</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
</context>
<context>
    <name>PartnershipAmendment</name>
    <message>
        <source>Amendments are numbered from 1.</source>
        <translation>Қосымша келісімдер 1-ден бастап нөмірленеді.</translation>
    </message>
    <message>
        <source>The list of changed terms is missing or damaged.</source>
        <translation>Өзгертілген талаптар тізімі жоқ немесе бүлінген.</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Қосымша келісім</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Серіктестік</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Date of the amendment</source>
        <translation>Қосымша келісім күні</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <source>Changed terms</source>
        <translation>Өзгерген талаптар</translation>
    </message>
    <message>
        <source>Signed document</source>
        <translation>Қол қойылған құжат</translation>
    </message>
</context>
<context>
    <name>PartnershipChanges</name>
    <message>
        <source>An agreement cannot go from “%1” to “%2”.</source>
        <translation>Келісім «%1» мәртебесінен «%2» мәртебесіне өте алмайды.</translation>
    </message>
    <message>
        <source>This agreement is signed: record the change as an amendment.</source>
        <translation>Келісімге қол қойылған: өзгерісті қосымша келісіммен рәсімдеңіз.</translation>
    </message>
    <message>
        <source>This agreement is not signed yet: edit it directly.</source>
        <translation>Келісімге әлі қол қойылмаған: оны тікелей өзгертіңіз.</translation>
    </message>
    <message>
        <source>This amendment changes none of the agreement&apos;s terms.</source>
        <translation>Бұл қосымша келісім ешбір талапты өзгертпейді.</translation>
    </message>
    <message>
        <source>An amendment cannot be dated before the agreement was signed (%1).</source>
        <translation>Қосымша келісімнің күні келісімге қол қойылған күннен (%1) ерте бола алмайды.</translation>
    </message>
</context>
<context>
    <name>PartnershipContact</name>
    <message>
        <source>Partnership contact</source>
        <translation>Серіктестік бойынша байланыс адамы</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Серіктестік</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 жазу мүмкін емес: %2.</translation>
    </message>
    <message>
        <source>%1 · page %2</source>
        <translation>%1 · %2-бет</translation>
    </message>
    <message>
        <source>Erasmus+ report</source>
        <translation>Erasmus+ есебі</translation>
    </message>
    <message>
        <source>Made on %1 with EduFusion Desk from the office&apos;s data.</source>
        <translation>%1 EduFusion Desk бағдарламасында кеңсе деректері бойынша жасалды.</translation>
    </message>
    <message>
        <source>No project chosen, or the project has no indicators.</source>
        <translation>Жоба таңдалмаған немесе жобаның көрсеткіштері жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows of %1; the workbook and the CSV files have them all.</source>
        <translation>
            <numerusform>%1 жолдың алғашқы %n жолы; Excel кітабында және CSV файлдарында бәрі бар.</numerusform>
            <numerusform>%1 жолдың алғашқы %n жолы; Excel кітабында және CSV файлдарында бәрі бар.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Бұл кезеңде ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Progress to the targets (the dashed line is the target)</source>
        <translation>Мақсатты мәндердің орындалуы (үзік сызық — мақсатты мән)</translation>
    </message>
    <message>
        <source>%1 by gender</source>
        <translation>%1 жыныс бойынша</translation>
    </message>
    <message>
        <source>%1 by region</source>
        <translation>%1 облыстар бойынша</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Choose the person&apos;s roles from the list.</source>
        <translation>Адамның рөлдерін тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Family name in Latin</source>
        <translation>Тегі латынша</translation>
    </message>
    <message>
        <source>Given name in Latin</source>
        <translation>Аты латынша</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Рөлдері</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Project</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Қысқартылған атауы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Project number</source>
        <translation>Жоба нөмірі</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Үйлестіруші</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Басталатын күні</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Аяқталатын күні</translation>
    </message>
</context>
<context>
    <name>ProjectPartner</name>
    <message>
        <source>Project partner</source>
        <translation>Жоба серіктесі</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
</context>
<context>
    <name>PublishedRevocationList</name>
    <message>
        <source>The signed list is missing.</source>
        <translation>Қол қойылған тізім жоқ.</translation>
    </message>
    <message>
        <source>Revocation list</source>
        <translation>Кері қайтарылғандар тізімі</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Кеңсе</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Кілт идентификаторы</translation>
    </message>
    <message>
        <source>A key id is 16 hexadecimal digits.</source>
        <translation>Кілт идентификаторы — 16 оналтылық цифр.</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Реттік нөмір</translation>
    </message>
    <message>
        <source>The sequence counts from 1.</source>
        <translation>Реттік нөмір 1-ден басталады.</translation>
    </message>
    <message>
        <source>Signed list</source>
        <translation>Қол қойылған тізім</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>edit %1</source>
        <translation>«%1» өңдеу</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>«%1» құру</translation>
    </message>
</context>
<context>
    <name>Semester</name>
    <message>
        <source>Spring %1</source>
        <translation>%1 жылғы көктем</translation>
    </message>
    <message>
        <source>Summer %1</source>
        <translation>%1 жылғы жаз</translation>
    </message>
    <message>
        <source>Autumn %1</source>
        <translation>%1 жылғы күз</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The selected record does not exist.</source>
        <translation>Таңдалған жазба жоқ.</translation>
    </message>
    <message>
        <source>The selected record has been deleted.</source>
        <translation>Таңдалған жазба жойылған.</translation>
    </message>
    <message>
        <source>This value is already used by another record.</source>
        <translation>Бұл мән басқа жазбада қолданылған.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n өрісті тексеру керек.</numerusform>
            <numerusform>%n өрісті тексеру керек.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>Жазба енді жоқ; ол жойылған болуы мүмкін.</translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer version of EduFusion Desk (data format %2; this version reads up to %3). Install the newer version to open it; the file has not been changed.</source>
        <translation>%1 деректер файлы EduFusion Desk-тің жаңарақ нұсқасымен жазылған (деректер пішімі %2; бұл нұсқа %3 пішіміне дейін оқиды). Оны ашу үшін жаңа нұсқаны орнатыңыз; файл өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The data file %1 is in %2. Files there can be corrupted while they are open; keep the data file on this computer&apos;s own disk.</source>
        <translation>%1 деректер файлы мына жерде орналасқан: %2. Ол жердегі файлдар ашық кезінде бүлінуі мүмкін; деректер файлын осы компьютердің өз дискісінде сақтаңыз.</translation>
    </message>
    <message>
        <source>The data file %1 cannot be opened: %2</source>
        <translation>%1 деректер файлын ашу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>The data file could not be upgraded to data format %1; it has been left as it was. Details: %2</source>
        <translation>Деректер файлын %1 пішіміне жаңарту мүмкін болмады; ол бұрынғы күйінде қалды. Толығырақ: %2</translation>
    </message>
    <message>
        <source>The data file is busy in another program; try again in a moment.</source>
        <translation>Деректер файлын басқа бағдарлама пайдаланып жатыр; сәлден соң қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The data file reported an error: %1</source>
        <translation>Деректер файлы қате туралы хабарлады: %1</translation>
    </message>
    <message>
        <source>Stopped. The work finished before stopping has been kept.</source>
        <translation>Тоқтатылды. Тоқтағанға дейін аяқталған жұмыс сақталды.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>a network share</source>
        <translation>желілік қалта</translation>
    </message>
    <message>
        <source>a folder synchronised by %1</source>
        <translation>%1 синхрондайтын қалта</translation>
    </message>
</context>
<context>
    <name>TrainingEvent</name>
    <message>
        <source>Enter the city where the event takes place.</source>
        <translation>Іс-шара өтетін қаланы енгізіңіз.</translation>
    </message>
    <message>
        <source>Training event</source>
        <translation>Оқыту іс-шарасы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Басталатын күні</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Аяқталатын күні</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Өткізу түрі</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Қабылдаушы ұйым</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Өтетін орны</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>Ел (ISO коды)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
</context>
<context>
    <name>TrainingProgramme</name>
    <message>
        <source>Enter the programme&apos;s hours, from 1 to 2000.</source>
        <translation>Бағдарлама сағаттарын енгізіңіз, 1-ден 2000-ға дейін.</translation>
    </message>
    <message>
        <source>Training programme</source>
        <translation>Оқыту бағдарламасы</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Title in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Title in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Ағылшынша атауы</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Certification standard</source>
        <translation>Сертификаттау стандарты</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>ECTS credits come in half points, such as 1.5.</source>
        <translation>ECTS кредиттері 0,5 қадаммен көрсетіледі, мысалы 1,5.</translation>
    </message>
    <message>
        <source>The hours needed for a certificate cannot exceed the programme&apos;s %1 hours.</source>
        <translation>Сертификатқа қажет сағат бағдарламаның %1 сағатынан аспауы керек.</translation>
    </message>
    <message>
        <source>Choose the languages from Kazakh, Russian and English.</source>
        <translation>Тілдерді қазақ, орыс және ағылшын тілдерінен таңдаңыз.</translation>
    </message>
    <message>
        <source>Each language is listed once.</source>
        <translation>Әр тіл бір рет көрсетіледі.</translation>
    </message>
    <message>
        <source>There is no certificate design “%1”.</source>
        <translation>«%1» сертификат безендіруі жоқ.</translation>
    </message>
    <message>
        <source>ECTS credits</source>
        <translation>ECTS кредиттері</translation>
    </message>
    <message>
        <source>Enter the ECTS credits, from 0 (none) to 60.</source>
        <translation>ECTS кредиттерін 0-ден (жоқ) 60-қа дейін енгізіңіз.</translation>
    </message>
    <message>
        <source>Hours to attend for a certificate</source>
        <translation>Сертификат үшін қатысу сағаттары</translation>
    </message>
    <message>
        <source>Enter the hours to attend, from 0 to 2000, or leave it empty for every hour of the event.</source>
        <translation>Қатысу сағаттарын 0-ден 2000-ға дейін енгізіңіз немесе бос қалдырыңыз: сонда іс-шараның барлық сағаты қажет.</translation>
    </message>
    <message>
        <source>Assessment needed for a certificate (0–100)</source>
        <translation>Сертификат үшін қажет баға (0–100)</translation>
    </message>
    <message>
        <source>Enter the assessment needed, from 0 to 100, or leave it empty when none is needed.</source>
        <translation>Қажет бағаны 0-ден 100-ге дейін енгізіңіз немесе баға қажет болмаса, бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>Certificates valid for (months)</source>
        <translation>Сертификаттардың жарамдылық мерзімі (ай)</translation>
    </message>
    <message>
        <source>Enter the months, from 1 to 240, or leave it empty when certificates do not expire.</source>
        <translation>Айлар санын 1-ден 240-қа дейін енгізіңіз немесе сертификаттар мерзімсіз болса, бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>Certificate design</source>
        <translation>Сертификат безендіруі</translation>
    </message>
    <message>
        <source>Certificate languages</source>
        <translation>Сертификат тілдері</translation>
    </message>
    <message>
        <source>Holder&apos;s name on certificates</source>
        <translation>Сертификаттағы иесінің аты</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>Бұл өрісті толтыру міндетті.</translation>
    </message>
    <message>
        <source>Choose a record here.</source>
        <translation>Мұнда жазбаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>Дұрыс күнді енгізіңіз.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n character(s).</source>
        <translation>
            <numerusform>Ең көбі %n таңба қолданыңыз.</numerusform>
            <numerusform>Ең көбі %n таңба қолданыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.kz.</source>
        <translation>name@example.kz сияқты электрондық пошта мекенжайын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter a phone number of 7 to 15 digits, such as +7 727 377 33 33.</source>
        <translation>7–15 цифрдан тұратын телефон нөмірін енгізіңіз, мысалы +7 727 377 33 33.</translation>
    </message>
    <message>
        <source>Enter a web address starting with https://.</source>
        <translation>https:// деп басталатын веб-мекенжайды енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter a two-letter country code such as KZ.</source>
        <translation>KZ сияқты екі әріпті ел кодын енгізіңіз.</translation>
    </message>
    <message>
        <source>This date cannot be before %1.</source>
        <translation>Бұл күн %1 күнінен ерте болмауы керек.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>%1 мен %2 аралығындағы санды енгізіңіз.</translation>
    </message>
    <message>
        <source>Use Latin letters only here.</source>
        <translation>Мұнда тек латын әріптерін қолданыңыз.</translation>
    </message>
    <message>
        <source>Enter the title in at least one language.</source>
        <translation>Атауын кемінде бір тілде енгізіңіз.</translation>
    </message>
    <message>
        <source>Choose one of the values in the list.</source>
        <translation>Тізімдегі мәндердің бірін таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose a semester.</source>
        <translation>Семестрді таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>XlsxReportWriter</name>
    <message>
        <source>Cannot create a temporary folder for the workbook.</source>
        <translation>Excel кітабы үшін уақытша қалта құру мүмкін емес.</translation>
    </message>
    <message>
        <source>Cannot create the workbook.</source>
        <translation>Excel кітабын құру мүмкін емес.</translation>
    </message>
    <message>
        <source>Cannot write the workbook: %1.</source>
        <translation>Excel кітабын жазу мүмкін емес: %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 жазу мүмкін емес: %2.</translation>
    </message>
</context>
<context>
    <name>ef::AddParticipantsDialog</name>
    <message>
        <source>Add participants</source>
        <translation>Қатысушыларды қосу</translation>
    </message>
    <message>
        <source>Find people by name in Cyrillic or Latin and tick everyone who took part. People already recorded are greyed out.</source>
        <translation>Адамдарды аты бойынша кириллица не латын әрпімен іздеп, қатысқандардың бәрін белгілеңіз. Бұрын жазылғандар сұр түспен көрсетілген.</translation>
    </message>
    <message>
        <source>Name…</source>
        <translation>Аты…</translation>
    </message>
    <message>
        <source>Find people</source>
        <translation>Адамдарды іздеу</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Табылған адамдар</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Қатысқан сағаты</translation>
    </message>
    <message>
        <source>Hours attended by each:</source>
        <translation>Әрқайсысы қатысқан сағат:</translation>
    </message>
    <message>
        <source>Already a participant</source>
        <translation>Қатысушы ретінде жазылған</translation>
    </message>
    <message numerus="yes">
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>%n қатысушыны қосу</numerusform>
            <numerusform>%n қатысушыны қосу</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants not added</source>
        <translation>Қатысушылар қосылмады</translation>
    </message>
    <message numerus="yes">
        <source>add %n participant(s)</source>
        <translation>
            <numerusform>%n қатысушы қосу</numerusform>
            <numerusform>%n қатысушы қосу</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ef::AmendmentDialog</name>
    <message>
        <source>Record an amendment</source>
        <translation>Қосымша келісімді тіркеу</translation>
    </message>
    <message>
        <source>This agreement is signed, so its terms change only by an amendment. It changes: %1.</source>
        <translation>Бұл келісімге қол қойылған, сондықтан оның талаптары тек қосымша келісіммен өзгереді. Өзгеретіні: %1.</translation>
    </message>
    <message>
        <source>Date of the amendment</source>
        <translation>Қосымша келісім күні</translation>
    </message>
    <message>
        <source>Date of the amendment *</source>
        <translation>Қосымша келісім күні *</translation>
    </message>
    <message>
        <source>What the amendment changes</source>
        <translation>Қосымша келісім нені өзгертеді</translation>
    </message>
    <message>
        <source>What it changes *</source>
        <translation>Нені өзгертеді *</translation>
    </message>
    <message>
        <source>The signed amendment (optional)</source>
        <translation>Қол қойылған қосымша келісім (міндетті емес)</translation>
    </message>
    <message>
        <source>Signed document</source>
        <translation>Қол қойылған құжат</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>Record the amendment</source>
        <translation>Қосымша келісімді тіркеу</translation>
    </message>
    <message>
        <source>The signed amendment</source>
        <translation>Қол қойылған қосымша келісім</translation>
    </message>
    <message>
        <source>Say in a sentence what the amendment changes.</source>
        <translation>Қосымша келісімнің нені өзгертетінін бір сөйлеммен жазыңыз.</translation>
    </message>
</context>
<context>
    <name>ef::AttendanceSheet</name>
    <message>
        <source>There is no such event.</source>
        <translation>Мұндай іс-шара жоқ.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 жазу мүмкін емес: %2.</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Қатысу парағы</translation>
    </message>
    <message>
        <source>List of participants</source>
        <translation>Қатысушылар тізімі</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Күндері: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Өтетін орны: %1</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>Бағдарлама: %1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Сағат: %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>%1-бет</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>Қатысқан күндері</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Қолы</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Қатысқан сағаты</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>No participants are recorded yet.</source>
        <translation>Қатысушылар әлі тіркелмеген.</translation>
    </message>
    <message>
        <source>I confirm that the people who signed above attended on the days marked.

Organiser&apos;s name and signature: ______________________________    Date: ______________</source>
        <translation>Жоғарыда қол қойған адамдардың белгіленген күндері қатысқанын растаймын.

Ұйымдастырушының аты-жөні және қолы: ______________________________    Күні: ______________</translation>
    </message>
</context>
<context>
    <name>ef::CertificateActionDialog</name>
    <message>
        <source>%1 is %2: it cannot be changed so.</source>
        <translation>%1 — %2: оны бұлай өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Choose a certificate in the list first.</source>
        <translation>Алдымен тізімнен сертификатты таңдаңыз.</translation>
    </message>
    <message>
        <source>Reissue certificate</source>
        <translation>Сертификатты қайта ресімдеу</translation>
    </message>
    <message>
        <source>Revoke certificate</source>
        <translation>Сертификатты кері қайтару</translation>
    </message>
    <message>
        <source>%1 (%2) gets a new number and a new signature; the old certificate is marked as replaced, with the reason below, on every verifier&apos;s list.</source>
        <translation>%1 (%2) жаңа нөмір мен жаңа қолтаңба алады; ескі сертификат әр тексерушінің тізімінде төмендегі себеппен ауыстырылған деп белгіленеді.</translation>
    </message>
    <message>
        <source>%1 (%2) is revoked for good: every verifier that has the revocation list reads it as revoked, with the reason below.</source>
        <translation>%1 (%2) біржола кері қайтарылады: кері қайтарылғандар тізімі бар әр тексеруші оны төмендегі себеппен кері қайтарылған деп көреді.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>Such as: the holder&apos;s name was misspelt</source>
        <translation>Мысалы: иесінің аты қате жазылған</translation>
    </message>
    <message>
        <source>Such as: issued by mistake</source>
        <translation>Мысалы: қателесіп берілген</translation>
    </message>
    <message>
        <source>Reissued &amp;on:</source>
        <translation>Қайта ресімделген &amp;күні:</translation>
    </message>
    <message>
        <source>Revoked &amp;on:</source>
        <translation>Кері қайтарылған &amp;күні:</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>Кілттің құпия &amp;сөз тіркесі:</translation>
    </message>
    <message>
        <source>Re&amp;issue</source>
        <translation>Қайта &amp;ресімдеу</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Кері &amp;қайтару</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2 are kept.</source>
        <translation>Себеп ұзындығы %1 таңба; ең көбі %2 таңба сақталады.</translation>
    </message>
    <message>
        <source>Certificate not reissued</source>
        <translation>Сертификат қайта ресімделмеді</translation>
    </message>
    <message>
        <source>Certificate not revoked</source>
        <translation>Сертификат кері қайтарылмады</translation>
    </message>
    <message>
        <source>reissue %1</source>
        <translation>%1 қайта ресімдеу</translation>
    </message>
    <message>
        <source>revoke %1</source>
        <translation>%1 кері қайтару</translation>
    </message>
</context>
<context>
    <name>ef::CertificateBatchTask</name>
    <message numerus="yes">
        <source>Preparing %n certificate(s)…</source>
        <translation>
            <numerusform>%n сертификат дайындалуда…</numerusform>
            <numerusform>%n сертификат дайындалуда…</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no certificates to print.</source>
        <translation>Басып шығаратын сертификат жоқ.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>%1 қалтасын жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <source>Certificate %1 of %2: %3</source>
        <translation>%2 сертификаттың %1-і: %3</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>The printer cannot be used.</source>
        <translation>Принтерді пайдалану мүмкін емес.</translation>
    </message>
    <message>
        <source>The printer refused a page.</source>
        <translation>Принтер бетті қабылдамады.</translation>
    </message>
</context>
<context>
    <name>ef::CertificateCheck</name>
    <message>
        <source>“%1” is not a certificate number such as EF-EKTU-2026-000123.</source>
        <translation>«%1» — EF-EKTU-2026-000123 сияқты сертификат нөмірі емес.</translation>
    </message>
    <message>
        <source>A number is checked against a data file&apos;s register.</source>
        <translation>Нөмір деректер файлының тізілімі бойынша тексеріледі.</translation>
    </message>
    <message>
        <source>%1 is not in this data file&apos;s register.</source>
        <translation>%1 бұл деректер файлының тізілімінде жоқ.</translation>
    </message>
    <message>
        <source>The picture cannot be read.</source>
        <translation>Суретті оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>There is no QR code in the picture.</source>
        <translation>Суретте QR-код жоқ.</translation>
    </message>
    <message>
        <source>Give a PDF, a picture, the text of a QR code or a certificate number.</source>
        <translation>PDF, сурет, QR-код мәтінін немесе сертификат нөмірін беріңіз.</translation>
    </message>
    <message>
        <source>%1 is neither a file, the text of a certificate&apos;s QR code nor a certificate number.</source>
        <translation>%1 — файл да, сертификат QR-кодының мәтіні де, сертификат нөмірі де емес.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>There is no QR code in %1.</source>
        <translation>%1 ішінде QR-код жоқ.</translation>
    </message>
</context>
<context>
    <name>ef::CertificateCommand</name>
    <message>
        <source>There is no data file %1.</source>
        <translation>%1 деректер файлы жоқ.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 тым үлкен.</translation>
    </message>
    <message>
        <source>%1 is not a JSON file.</source>
        <translation>%1 — JSON файлы емес.</translation>
    </message>
    <message>
        <source>%1 exists already; it is left as it is.</source>
        <translation>%1 бұрыннан бар; ол өзгеріссіз қалдырылды.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Нөмірі: %1</translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation>Иесі: %1</translation>
    </message>
    <message>
        <source>Holder in Latin: %1</source>
        <translation>Иесі латын әрпімен: %1</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>Бағдарлама: %1</translation>
    </message>
    <message>
        <source>Event: %1 – %2</source>
        <translation>Іс-шара: %1 – %2</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Сағат: %1</translation>
    </message>
    <message>
        <source>ECTS credits: %1</source>
        <translation>ECTS кредиттері: %1</translation>
    </message>
    <message>
        <source>Issued on: %1</source>
        <translation>Берілген күні: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Жарамдылық мерзімі: %1</translation>
    </message>
    <message>
        <source>Replaces: %1</source>
        <translation>Орнына: %1</translation>
    </message>
    <message>
        <source>Signed by: %1, key %2%3</source>
        <translation>Қол қойған: %1, кілт %2%3</translation>
    </message>
    <message>
        <source> (demo key)</source>
        <translation> (демо кілт)</translation>
    </message>
    <message>
        <source>Give a PDF, a picture, the text of a QR code or a certificate number to verify.</source>
        <translation>Тексеру үшін PDF, сурет, QR-код мәтінін немесе сертификат нөмірін беріңіз.</translation>
    </message>
    <message>
        <source>Give --event ID or --number N, and --out FOLDER.</source>
        <translation>--event ID (іс-шара) немесе --number N (сертификат нөмірі) және --out ҚАЛТА көрсетіңіз.</translation>
    </message>
    <message>
        <source>%1 is not in this data file&apos;s register.</source>
        <translation>%1 бұл деректер файлының тізілімінде жоқ.</translation>
    </message>
    <message>
        <source>“%1” is not an event&apos;s id.</source>
        <translation>«%1» — іс-шара идентификаторы емес.</translation>
    </message>
    <message>
        <source>The event has no valid certificates.</source>
        <translation>Іс-шараның жарамды сертификаттары жоқ.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>%1 қалтасын жасау мүмкін емес.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written.</source>
        <translation>
            <numerusform>%n сертификат жазылды.</numerusform>
            <numerusform>%n сертификат жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>This data file trusts no consortium root key.</source>
        <translation>Бұл деректер файлы консорциумның ешбір түбір кілтіне сенбейді.</translation>
    </message>
    <message>
        <source>Root key %1%2</source>
        <translation>Түбір кілт %1%2</translation>
    </message>
    <message>
        <source>The passphrase (EDUFUSION_PASSPHRASE or the first line of standard input) must have at least 8 characters.</source>
        <translation>Құпия сөз тіркесі (EDUFUSION_PASSPHRASE немесе стандартты енгізудің бірінші жолы) кемінде 8 таңба болуы керек.</translation>
    </message>
    <message>
        <source>Give the root key&apos;s file: --key-file FILE.</source>
        <translation>Түбір кілт файлын көрсетіңіз: --key-file ФАЙЛ.</translation>
    </message>
    <message>
        <source>Root key %1 written to %2, sealed with the passphrase. Keep the file and the passphrase apart, on computers that never go online.</source>
        <translation>%1 түбір кілті %2 файлына жазылып, құпия сөз тіркесімен мөрленді. Файл мен сөз тіркесін желіге ешқашан қосылмайтын компьютерлерде бөлек сақтаңыз.</translation>
    </message>
    <message>
        <source>Give the office&apos;s code (--office EKTU: capital letters and digits) and the request file to write (--request FILE).</source>
        <translation>Кеңсе кодын (--office EKTU: бас әріптер мен цифрлар) және сұраныс файлын (--request ФАЙЛ) көрсетіңіз.</translation>
    </message>
    <message>
        <source>Key %1 of %2 made and sealed in %3. Send %4 to the consortium&apos;s coordinator to certify.</source>
        <translation>%2 кеңсесінің %1 кілті жасалып, %3 ішінде мөрленді. Куәландыру үшін %4 файлын консорциум үйлестірушісіне жіберіңіз.</translation>
    </message>
    <message>
        <source>%1 is not a root key.</source>
        <translation>%1 — түбір кілт емес.</translation>
    </message>
    <message>
        <source>%1 is not a key request.</source>
        <translation>%1 — кілт сұранысы емес.</translation>
    </message>
    <message>
        <source>This key is certified already.</source>
        <translation>Бұл кілт бұрыннан сертификатталған.</translation>
    </message>
    <message>
        <source>The office %1 has no numbers left to give.</source>
        <translation>%1 кеңсесінде берілетін нөмір қалмады.</translation>
    </message>
    <message>
        <source>The root has not certified a key %1.</source>
        <translation>Түбір кілт %1 кілтін сертификаттамаған.</translation>
    </message>
    <message>
        <source>The key&apos;s last day comes before its first.</source>
        <translation>Кілттің соңғы күні бірінші күнінен бұрын.</translation>
    </message>
    <message>
        <source>Key %1 of %2 certified from %3 to %4 for numbers %5 to %6; certificate written to %7.</source>
        <translation>%2 кеңсесінің %1 кілті %3 – %4 аралығына, %5 – %6 нөмірлеріне сертификатталған; сертификат %7 файлына жазылды.</translation>
    </message>
    <message>
        <source>Key %1 of %2 retired: it signs until %4 (from %3), numbers %5 to %6; certificate written to %7.</source>
        <translation>%2 кеңсесінің %1 кілті қолданыстан шығарылды: %4 дейін (%3 бастап) қол қояды, %5 – %6 нөмірлері; сертификат %7 файлына жазылды.</translation>
    </message>
    <message>
        <source>Key %1 of %2 may sign from %3 to %4.</source>
        <translation>%2 кеңсесінің %1 кілті %3 – %4 аралығында қол қоя алады.</translation>
    </message>
    <message>
        <source>A demo root is trusted by demo data only; it is left out.</source>
        <translation>Демо түбір кілтке тек демо деректер сенеді; ол алынбады.</translation>
    </message>
    <message>
        <source>Root key %1 trusted.</source>
        <translation>%1 түбір кілті сенімді деп белгіленді.</translation>
    </message>
    <message numerus="yes">
        <source>%n office key(s) taken in.</source>
        <translation>
            <numerusform>%n кеңсе кілті қабылданды.</numerusform>
            <numerusform>%n кеңсе кілті қабылданды.</numerusform>
        </translation>
    </message>
    <message>
        <source>  retired</source>
        <translation>  қолданыстан шығарылған</translation>
    </message>
    <message>
        <source>  demo</source>
        <translation>  демо</translation>
    </message>
    <message>
        <source>  on this computer</source>
        <translation>  осы компьютерде</translation>
    </message>
    <message>
        <source>Unknown key ceremony action “%1”: use one of %2.</source>
        <translation>«%1» — кілттермен белгісіз әрекет: %2 әрекеттерінің бірін қолданыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n office key(s) written to %1</source>
        <translation>
            <numerusform>%n кеңсе кілті %1 файлына жазылды</numerusform>
            <numerusform>%n кеңсе кілті %1 файлына жазылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revocation list(s) written to %1</source>
        <translation>
            <numerusform>%n кері қайтарылғандар тізімі %1 файлына жазылды</numerusform>
            <numerusform>%n кері қайтарылғандар тізімі %1 файлына жазылды</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ef::CertificateEligibility</name>
    <message>
        <source>The event no longer exists.</source>
        <translation>Іс-шара енді жоқ.</translation>
    </message>
    <message>
        <source>“%1” belongs to no training programme, so there is nothing to certify it against.</source>
        <translation>«%1» ешбір оқыту бағдарламасына жатпайды, сондықтан ол бойынша сертификат берілмейді.</translation>
    </message>
    <message>
        <source>Already holds certificate %1.</source>
        <translation>%1 сертификаты бар.</translation>
    </message>
    <message>
        <source>Did not pass the event.</source>
        <translation>Іс-шарадан өтпеді.</translation>
    </message>
    <message>
        <source>Attended %1 of the %2 hours needed.</source>
        <translation>Қажет %2 сағаттың %1 сағатына қатысты.</translation>
    </message>
    <message>
        <source>No assessment is recorded; %1 is needed.</source>
        <translation>Баға жазылмаған; %1 қажет.</translation>
    </message>
    <message>
        <source>Assessment %1 is below the %2 needed.</source>
        <translation>%1 бағасы қажет %2 бағадан төмен.</translation>
    </message>
    <message>
        <source>The name in Latin script is missing.</source>
        <translation>Латын әрпімен жазылған аты жоқ.</translation>
    </message>
</context>
<context>
    <name>ef::CertificateKeys</name>
    <message>
        <source>A root key is 32 bytes long.</source>
        <translation>Түбір кілттің ұзындығы — 32 байт.</translation>
    </message>
    <message>
        <source>This data file trusts no consortium root key yet.</source>
        <translation>Бұл деректер файлы әзірге консорциумның ешбір түбір кілтіне сенбейді.</translation>
    </message>
    <message>
        <source>The key certificate is not signed by a root key this data file trusts.</source>
        <translation>Кілт сертификатына бұл деректер файлы сенетін түбір кілт қол қоймаған.</translation>
    </message>
    <message>
        <source>This data file has no institution of its own yet to keep the key under: sign in to the consortium&apos;s server first.</source>
        <translation>Бұл деректер файлында кілтті бекітетін өз ұйымы әлі жоқ: алдымен консорциум серверіне кіріңіз.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Кемінде 8 таңбадан тұратын құпия сөз тіркесін таңдаңыз.</translation>
    </message>
    <message>
        <source>There is not enough memory to seal the key.</source>
        <translation>Кілтті мөрлеуге жад жеткіліксіз.</translation>
    </message>
    <message>
        <source>This computer holds no key %1.</source>
        <translation>Бұл компьютерде %1 кілті жоқ.</translation>
    </message>
    <message>
        <source>This key is kept in the system&apos;s keychain.</source>
        <translation>Бұл кілт жүйенің кілттер қоймасында сақталады.</translation>
    </message>
</context>
<context>
    <name>ef::CertificateOutputDialog</name>
    <message>
        <source>Certificates not written</source>
        <translation>Сертификаттар жазылмады</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n certificate(s)…</source>
        <translation>
            <numerusform>%n сертификат жазылуда…</numerusform>
            <numerusform>%n сертификат жазылуда…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ef::CertificatePdf</name>
    <message>
        <source>No PDF is being written.</source>
        <translation>Ешқандай PDF жазылып жатқан жоқ.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 жазылмайды.</translation>
    </message>
    <message>
        <source>%1 is in use and cannot be replaced.</source>
        <translation>%1 пайдаланылып жатыр, оны ауыстыру мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>ef::CertificateRegister</name>
    <message>
        <source>this computer&apos;s user</source>
        <translation>осы компьютердің пайдаланушысы</translation>
    </message>
    <message>
        <source>The numbers this computer&apos;s key may give in %1 (%2 to %3) are used up: ask the consortium&apos;s coordinator for a new key certificate.</source>
        <translation>Осы компьютер кілтінің %1 жылы бере алатын нөмірлері (%2 – %3) таусылды: консорциум үйлестірушісінен жаңа кілт сертификатын сұраңыз.</translation>
    </message>
    <message>
        <source>The event or the participant no longer exists.</source>
        <translation>Іс-шара немесе қатысушы енді жоқ.</translation>
    </message>
    <message>
        <source>The event belongs to no training programme.</source>
        <translation>Іс-шара ешбір оқыту бағдарламасына жатпайды.</translation>
    </message>
    <message>
        <source>The name of %1 is too long for the certificate&apos;s QR code.</source>
        <translation>%1 аты сертификаттың QR-коды үшін тым ұзын.</translation>
    </message>
    <message>
        <source>This computer&apos;s key may not sign on %1.</source>
        <translation>Осы компьютердің кілті %1 күні қол қоя алмайды.</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation>Іс-шара енді жоқ.</translation>
    </message>
    <message>
        <source>This computer&apos;s key signs for %1, the event is another office&apos;s.</source>
        <translation>Осы компьютердің кілті %1 атынан қол қояды, ал іс-шара басқа кеңсеге тиесілі.</translation>
    </message>
    <message>
        <source>Choose whom to issue certificates to.</source>
        <translation>Сертификаттарды кімге беретініңізді таңдаңыз.</translation>
    </message>
    <message>
        <source>The certificate no longer exists.</source>
        <translation>Сертификат енді жоқ.</translation>
    </message>
    <message>
        <source>Only a valid certificate can be reissued; %1 is %2.</source>
        <translation>Тек жарамды сертификатты қайта ресімдеуге болады; %1 — %2.</translation>
    </message>
    <message>
        <source>Say why the certificate is reissued.</source>
        <translation>Сертификат неге қайта ресімделетінін көрсетіңіз.</translation>
    </message>
    <message>
        <source>%1 names no event, so it cannot be reissued here.</source>
        <translation>%1 ешбір іс-шараға байланысты емес, сондықтан оны мұнда қайта ресімдеу мүмкін емес.</translation>
    </message>
    <message>
        <source>%1 is revoked already.</source>
        <translation>%1 бұрыннан кері қайтарылған.</translation>
    </message>
    <message>
        <source>Say why the certificate is revoked.</source>
        <translation>Сертификат неге кері қайтарылатынын көрсетіңіз.</translation>
    </message>
    <message>
        <source>A revocation is signed: unlock this computer&apos;s key first.</source>
        <translation>Кері қайтаруға қол қойылады: алдымен осы компьютердің кілтін ашыңыз.</translation>
    </message>
    <message>
        <source>This has already gone to the server and stays: revoke or reissue the certificate instead.</source>
        <translation>Бұл серверге жіберіліп қойған және сақталады: оның орнына сертификатты кері қайтарыңыз немесе қайта ресімдеңіз.</translation>
    </message>
    <message>
        <source>The holder of %1 no longer exists.</source>
        <translation>%1 иесі енді жоқ.</translation>
    </message>
</context>
<context>
    <name>ef::CertificateTemplate</name>
    <message>
        <source>unknown field “%1”</source>
        <translation>белгісіз өріс «%1»</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>сан болуы керек</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>%1 мен %2 аралығында болуы керек</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true немесе false болуы керек</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>мәтін болуы керек</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>мыналардың бірі болуы керек: %1</translation>
    </message>
    <message>
        <source>must be a colour written #RRGGBB, not “%1”</source>
        <translation>«%1» емес, #RRGGBB түрінде жазылған түс болуы керек</translation>
    </message>
    <message>
        <source>unknown field “{%1}”</source>
        <translation>белгісіз өріс «{%1}»</translation>
    </message>
    <message>
        <source>reaches beyond its page or block (%1 × %2 mm)</source>
        <translation>бетінен немесе блогынан шығып кетеді (%1 × %2 мм)</translation>
    </message>
    <message>
        <source>must name an SVG file in the logos folder, not “%1”</source>
        <translation>«%1» емес, логотиптер қалтасындағы SVG файлын атауы керек</translation>
    </message>
    <message>
        <source>there is no logo “%1”</source>
        <translation>«%1» логотипі жоқ</translation>
    </message>
    <message>
        <source>reaches beyond its page</source>
        <translation>бетінен шығып кетеді</translation>
    </message>
    <message>
        <source>must be a list of elements</source>
        <translation>элементтер тізімі болуы керек</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>нысан (object) болуы керек</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, field %2: %3</source>
        <translation>%1, %2 өрісі: %3</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>оқылмайды: %1</translation>
    </message>
    <message>
        <source>is larger than 1 MB</source>
        <translation>1 МБ-тан үлкен</translation>
    </message>
    <message>
        <source>is not valid JSON at byte %1: %2</source>
        <translation>%1-байтта дұрыс JSON емес: %2</translation>
    </message>
    <message>
        <source>is not a certificate template</source>
        <translation>сертификат үлгісі емес</translation>
    </message>
    <message>
        <source>must give the design&apos;s name in kk, ru and en</source>
        <translation>дизайн атауын kk, ru және en тілдерінде беруі керек</translation>
    </message>
    <message>
        <source>must place exactly one QR code (type “qr”), not %1</source>
        <translation>%1 емес, дәл бір QR кодты («qr» түрі) орналастыруы керек</translation>
    </message>
    <message>
        <source>is not one of the certificate designs</source>
        <translation>сертификат дизайндарының бірі емес</translation>
    </message>
</context>
<context>
    <name>ef::CertificateTexts</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 файлын оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at byte %2: %3</source>
        <translation>%1 — %2-байтта дұрыс JSON емес: %3</translation>
    </message>
    <message>
        <source>%1 is not a file of certificate texts.</source>
        <translation>%1 — сертификат мәтіндерінің файлы емес.</translation>
    </message>
    <message>
        <source>%1: the text “%2” has no %3 version.</source>
        <translation>%1: «%2» мәтінінің %3 нұсқасы жоқ.</translation>
    </message>
    <message>
        <source>%1: the date format “%2” has no %3 version.</source>
        <translation>%1: «%2» күн пішімінің %3 нұсқасы жоқ.</translation>
    </message>
</context>
<context>
    <name>ef::CertificateUi</name>
    <message>
        <source>&amp;Verify a certificate</source>
        <translation>Сертификатты &amp;тексеру</translation>
    </message>
    <message>
        <source>&amp;Issue certificates for an event…</source>
        <translation>Іс-шара бойынша сертификаттар &amp;беру…</translation>
    </message>
    <message>
        <source>&amp;Reissue certificate…</source>
        <translation>Сертификатты қайта &amp;ресімдеу…</translation>
    </message>
    <message>
        <source>Re&amp;voke certificate…</source>
        <translation>Сертификатты кері &amp;қайтару…</translation>
    </message>
    <message>
        <source>&amp;Print certificates…</source>
        <translation>Сертификаттарды басып &amp;шығару…</translation>
    </message>
    <message>
        <source>&amp;Export certificates as PDF files…</source>
        <translation>Сертификаттарды PDF файлдарына &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Export certificates as &amp;one PDF file…</source>
        <translation>Сертификаттарды &amp;бір PDF файлына экспорттау…</translation>
    </message>
    <message>
        <source>Certificate &amp;designs…</source>
        <translation>Сертификат &amp;безендірулері…</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>&amp;Сертификаттар</translation>
    </message>
    <message>
        <source>Print certificates</source>
        <translation>Сертификаттарды басып шығару</translation>
    </message>
    <message>
        <source>Choose a certificate in the list of certificates, or an event whose valid certificates to print.</source>
        <translation>Сертификаттар тізімінен сертификатты немесе жарамды сертификаттарын басып шығаратын іс-шараны таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Print %n certificate(s)</source>
        <translation>
            <numerusform>%n сертификатты басып шығару</numerusform>
            <numerusform>%n сертификатты басып шығару</numerusform>
        </translation>
    </message>
    <message>
        <source>Export certificates</source>
        <translation>Сертификаттарды экспорттау</translation>
    </message>
    <message>
        <source>Choose a certificate in the list of certificates, or an event whose valid certificates to export.</source>
        <translation>Сертификаттар тізімінен сертификатты немесе жарамды сертификаттарын экспорттайтын іс-шараны таңдаңыз.</translation>
    </message>
    <message>
        <source>Export certificates as one PDF file</source>
        <translation>Сертификаттарды бір PDF файлына экспорттау</translation>
    </message>
    <message>
        <source>certificates.pdf</source>
        <translation>сертификаттар.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Export certificates into a folder</source>
        <translation>Сертификаттарды қалтаға экспорттау</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>сертификаттар</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written to %1</source>
        <translation>
            <numerusform>%n сертификат %1 ішіне жазылды</numerusform>
            <numerusform>%n сертификат %1 ішіне жазылды</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ef::CertificateVerifier</name>
    <message>
        <source>Valid</source>
        <translation>Жарамды</translation>
    </message>
    <message>
        <source>Tampered</source>
        <translation>Өзгертілген</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Кері қайтарылған</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ауыстырылған</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Unknown issuer</source>
        <translation>Белгісіз беруші</translation>
    </message>
    <message>
        <source>Not a certificate</source>
        <translation>Сертификат емес</translation>
    </message>
    <message>
        <source>The signature is the consortium&apos;s and the certificate is in force.</source>
        <translation>Қолтаңба консорциумдікі, сертификат күшінде.</translation>
    </message>
    <message>
        <source>The certificate&apos;s content was changed after it was signed.</source>
        <translation>Сертификаттың мазмұны қол қойылғаннан кейін өзгертілген.</translation>
    </message>
    <message>
        <source>The code is damaged or was changed: it cannot be read as a certificate.</source>
        <translation>Код бүлінген немесе өзгертілген: оны сертификат ретінде оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The certificate was revoked on %1.</source>
        <translation>Сертификаттың күші %1 жойылды.</translation>
    </message>
    <message>
        <source>The certificate was revoked.</source>
        <translation>Сертификаттың күші жойылды.</translation>
    </message>
    <message>
        <source>The certificate was replaced by a reissued one.</source>
        <translation>Сертификат қайта берілген сертификатпен ауыстырылды.</translation>
    </message>
    <message>
        <source>The certificate was replaced by certificate %1.</source>
        <translation>Сертификат %1 сертификатымен ауыстырылды.</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>Сертификаттың мерзімі %1 өтті.</translation>
    </message>
    <message>
        <source>The key that signed it was not entitled to give this number or date.</source>
        <translation>Оған қол қойған кілттің бұл нөмірді немесе күнді беруге құқығы болмаған.</translation>
    </message>
    <message>
        <source>It was signed by a key that the consortium&apos;s root key has not certified, or that this computer does not know yet.</source>
        <translation>Ол консорциумның түбір кілті сертификаттамаған немесе бұл компьютер әлі білмейтін кілтпен қол қойылған.</translation>
    </message>
    <message>
        <source>This is not an EduFusion certificate code.</source>
        <translation>Бұл EduFusion сертификатының коды емес.</translation>
    </message>
    <message>
        <source>It was signed with a demo key: it is not a real certificate.</source>
        <translation>Ол демо кілтпен қол қойылған: бұл нақты сертификат емес.</translation>
    </message>
</context>
<context>
    <name>ef::ChartCard</name>
    <message>
        <source>Save this chart as a PNG or SVG file</source>
        <translation>Бұл диаграмманы PNG немесе SVG файлы ретінде сақтау</translation>
    </message>
    <message>
        <source>Copy this chart to the clipboard</source>
        <translation>Бұл диаграмманы алмасу буферіне көшіру</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Диаграмманы сақтау</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG суреті (*.png);;SVG сызбасы (*.svg)</translation>
    </message>
    <message>
        <source>The chart cannot be written to %1.</source>
        <translation>Диаграмманы %1 файлына жазу мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>ef::ConditionsDialog</name>
    <message>
        <source>Remove this condition</source>
        <translation>Бұл шартты алып тастау</translation>
    </message>
    <message>
        <source>Counted only where</source>
        <translation>Тек мына жағдайда есептеледі</translation>
    </message>
    <message>
        <source>“%1” has no conditions to choose.</source>
        <translation>«%1» үшін таңдайтын шарт жоқ.</translation>
    </message>
    <message>
        <source>Count “%1” only where every condition below holds.</source>
        <translation>«%1» тек төмендегі барлық шарт орындалған жағдайда есептелсін.</translation>
    </message>
    <message>
        <source>&amp;Add a condition</source>
        <translation>Шарт &amp;қосу</translation>
    </message>
</context>
<context>
    <name>ef::ConflictListModel</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>%1 (not on this computer, or deleted)</source>
        <translation>%1 (жазба жойылған немесе бұл компьютерде жоқ)</translation>
    </message>
    <message>
        <source>the whole record</source>
        <translation>бүкіл жазба</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>жойылған</translation>
    </message>
    <message>
        <source>a new record</source>
        <translation>жаңа жазба</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>жойылмаған</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>a record not on this computer</source>
        <translation>бұл компьютерде жоқ жазба</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>сервер қабылдамады</translation>
    </message>
    <message>
        <source>not taken here</source>
        <translation>мұнда қабылданбады</translation>
    </message>
    <message>
        <source>status went further elsewhere</source>
        <translation>мәртебе басқа жерде алға жылжыды</translation>
    </message>
    <message>
        <source>edited here, deleted elsewhere</source>
        <translation>мұнда өзгертілді, басқа жерде жойылды</translation>
    </message>
    <message>
        <source>edited in two places</source>
        <translation>екі жерде өзгертілді</translation>
    </message>
    <message>
        <source>%1 — needs review</source>
        <translation>%1 — тексеруді қажет етеді</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>осы компьютер</translation>
    </message>
    <message>
        <source>another office&apos;s computer (%1)</source>
        <translation>басқа кеңсенің компьютері (%1)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Lost or refused value</source>
        <translation>Жоғалған не қабылданбаған мән</translation>
    </message>
    <message>
        <source>Value that stands</source>
        <translation>Қолданыстағы мән</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Қай жерде жазылды</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
</context>
<context>
    <name>ef::ConflictsPage</name>
    <message>
        <source>Nothing to review: every change has synced cleanly.</source>
        <translation>Тексеретін ештеңе жоқ: барлық өзгеріс қайшылықсыз синхрондалды.</translation>
    </message>
    <message>
        <source>Select a row to see both values.</source>
        <translation>Екі мәнді көру үшін жолды таңдаңыз.</translation>
    </message>
    <message>
        <source>The server refused this change; your value stays on this computer. Dismiss it once you have seen it.</source>
        <translation>Сервер бұл өзгерісті қабылдамады; сіздің мәніңіз осы компьютерде қалады. Танысып болған соң, оны тізімнен алып тастаңыз.</translation>
    </message>
    <message>
        <source>Only the lost value of a conflict can be restored.</source>
        <translation>Тек қайшылықта жоғалған мәнді қалпына келтіруге болады.</translation>
    </message>
    <message>
        <source>Write the lost value back; it syncs as a new edit</source>
        <translation>Жоғалған мәнді қайтару; ол жаңа өзгеріс ретінде синхрондалады</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, field &lt;b&gt;%2&lt;/b&gt;: %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, &lt;b&gt;%2&lt;/b&gt; өрісі: %3.</translation>
    </message>
    <message>
        <source>Value not kept: &lt;b&gt;%1&lt;/b&gt;, written on %2 at %3.</source>
        <translation>Жоғалған мән: &lt;b&gt;%1&lt;/b&gt; (қай жерде жазылды: %2; қашан: %3).</translation>
    </message>
    <message>
        <source>Value that stands: &lt;b&gt;%1&lt;/b&gt;, written on %2 at %3.</source>
        <translation>Қолданыстағы мән: &lt;b&gt;%1&lt;/b&gt; (қай жерде жазылды: %2; қашан: %3).</translation>
    </message>
    <message>
        <source>Value: &lt;b&gt;%1&lt;/b&gt;. %2</source>
        <translation>Мәні: &lt;b&gt;%1&lt;/b&gt;. %2</translation>
    </message>
    <message>
        <source>Your value is kept on this computer.</source>
        <translation>Сіздің мәніңіз осы компьютерде сақталды.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Қалпына келтірілмеді</translation>
    </message>
    <message>
        <source>Not dismissed</source>
        <translation>Тізімнен алынбады</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Тексерілетін қайшылықтар</translation>
    </message>
    <message>
        <source>When two offices changed the same field, the later change stands and the other is kept here: restore it, or dismiss it. Changes the server refused are listed too; their values stay on this computer.</source>
        <translation>Екі кеңсе бір өрісті өзгерткенде, кейінгі өзгеріс қалады, ал екіншісі осында сақталады: оны қалпына келтіріңіз немесе тізімнен алып тастаңыз. Сервер қабылдамаған өзгерістер де осында көрсетіледі; олардың мәндері осы компьютерде қалады.</translation>
    </message>
    <message>
        <source>&amp;Restore the lost value</source>
        <translation>Жоғалған мәнді &amp;қалпына келтіру</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>Тізімнен &amp;алу</translation>
    </message>
    <message>
        <source>Keep the value that stands and take this off the list</source>
        <translation>Қолданыстағы мәнді қалдырып, жолды тізімнен алу</translation>
    </message>
    <message>
        <source>Open the &amp;record</source>
        <translation>Жазбаны &amp;ашу</translation>
    </message>
</context>
<context>
    <name>ef::DashboardPage</name>
    <message>
        <source>All projects</source>
        <translation>Барлық жобалар</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>Барлық ұйымдар</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық облыстар</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Жоба:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Ұйым:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>О&amp;блыс:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Басы:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Соңы:</translation>
    </message>
    <message>
        <source>&amp;Breakdown of:</source>
        <translation>Бө&amp;лінісі:</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>кез келген күн</translation>
    </message>
    <message numerus="yes">
        <source>Counted in %n ms; the charts follow every change.</source>
        <translation>
            <numerusform>%n мс ішінде есептелді; диаграммалар әр өзгерісті көрсетеді.</numerusform>
            <numerusform>%n мс ішінде есептелді; диаграммалар әр өзгерісті көрсетеді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress to the targets: choose a project</source>
        <translation>Мақсатты мәндердің орындалуы: жобаны таңдаңыз</translation>
    </message>
    <message>
        <source>%1: progress to each target, % of the target</source>
        <translation>%1: әр мақсатты мәннің орындалуы, мақсатты мәннің %-ы</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Орындалуы</translation>
    </message>
    <message>
        <source>Per semester</source>
        <translation>Семестрлер бойынша</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 by gender</source>
        <translation>%1 жыныс бойынша</translation>
    </message>
    <message>
        <source>No institution</source>
        <translation>Ұйымсыз</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Басқалары</translation>
    </message>
    <message>
        <source>%1 by institution (the ten largest)</source>
        <translation>%1 ұйымдар бойынша (ең ірі оны)</translation>
    </message>
    <message>
        <source>%1 by region</source>
        <translation>%1 облыстар бойынша</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Елсіз</translation>
    </message>
    <message>
        <source>%1 by country</source>
        <translation>%1 елдер бойынша</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Келісімдер</translation>
    </message>
    <message>
        <source>Agreements by lifecycle status</source>
        <translation>Өмірлік цикл мәртебесі бойынша келісімдер</translation>
    </message>
</context>
<context>
    <name>ef::DemoData</name>
    <message>
        <source>The demo data goes only into a new, empty data file.</source>
        <translation>Демо деректер тек жаңа, бос деректер файлына жазылады.</translation>
    </message>
</context>
<context>
    <name>ef::EligibilityModel</name>
    <message>
        <source>Eligible</source>
        <translation>Алуға құқылы</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>Алуға құқылы емес: %1</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Қатысқан сағаттары</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
</context>
<context>
    <name>ef::FilterBar</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1: барлығы</translation>
    </message>
    <message>
        <source>From: any date</source>
        <translation>Басы: кез келген күн</translation>
    </message>
    <message>
        <source>To: any date</source>
        <translation>Соңы: кез келген күн</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сүзгілерді тазарту</translation>
    </message>
</context>
<context>
    <name>ef::IndicatorEditor</name>
    <message>
        <source>Choose the conditions from the measure&apos;s dimensions…</source>
        <translation>Шарттарды өлшемнің бөліністерінен таңдау…</translation>
    </message>
</context>
<context>
    <name>ef::IssueCertificatesDialog</name>
    <message>
        <source>Issue certificates</source>
        <translation>Сертификаттар беру</translation>
    </message>
    <message>
        <source>Everyone who attended the hours and reached the assessment the programme asks for is ticked. Untick anyone who should not receive a certificate now; the others show why they are not eligible.</source>
        <translation>Бағдарлама талап ететін сағаттарға қатысып, қажет бағаны алғандардың бәрі белгіленген. Қазір сертификат берілмейтіндердің белгісін алып тастаңыз; қалғандарында неге ала алмайтыны көрсетілген.</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Іс-шара:</translation>
    </message>
    <message>
        <source>Issued &amp;on:</source>
        <translation>Берілген &amp;күні:</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>Кілттің құпия &amp;сөз тіркесі:</translation>
    </message>
    <message>
        <source>Participants and their eligibility</source>
        <translation>Қатысушылар және сертификат алу құқығы</translation>
    </message>
    <message>
        <source>No training event belongs to a programme.</source>
        <translation>Ешбір оқыту іс-шарасы бағдарламаға жатпайды.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 participant(s) eligible.</source>
        <translation>
            <numerusform>%1 қатысушының %n алуға құқылы.</numerusform>
            <numerusform>%1 қатысушының %n алуға құқылы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Issue %n certificate(s)</source>
        <translation>
            <numerusform>%n сертификат &amp;беру</numerusform>
            <numerusform>%n сертификат &amp;беру</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates not issued</source>
        <translation>Сертификаттар берілмеді</translation>
    </message>
    <message numerus="yes">
        <source>issue %n certificate(s)</source>
        <translation>
            <numerusform>%n сертификат беру</numerusform>
            <numerusform>%n сертификат беру</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ef::KeyFile</name>
    <message>
        <source>This is not an EduFusion key file.</source>
        <translation>Бұл EduFusion кілт файлы емес.</translation>
    </message>
    <message>
        <source>The key file&apos;s kind “%1” is neither root nor office.</source>
        <translation>Кілт файлының «%1» түрі түбір де, кеңсе де емес.</translation>
    </message>
    <message>
        <source>The key file&apos;s public key or key id is damaged.</source>
        <translation>Кілт файлының ашық кілті немесе кілт идентификаторы бүлінген.</translation>
    </message>
    <message>
        <source>The office key file names no office.</source>
        <translation>Кеңсе кілтінің файлында кеңсе аталмаған.</translation>
    </message>
    <message>
        <source>The key file&apos;s encryption is damaged or of an unknown kind.</source>
        <translation>Кілт файлының шифрлауы бүлінген немесе белгісіз түрде.</translation>
    </message>
    <message>
        <source>There is not enough memory to open the key file.</source>
        <translation>Кілт файлын ашуға жад жеткіліксіз.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the key file was changed.</source>
        <translation>Құпия фраза қате немесе кілт файлы өзгертілген.</translation>
    </message>
    <message>
        <source>The key file&apos;s public key does not belong to its secret key.</source>
        <translation>Кілт файлының ашық кілті оның құпия кілтіне сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>ef::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
</context>
<context>
    <name>ef::ListPage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Жаңа</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Жо&amp;ю</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Жаңа жазба</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>Таңдалған жазбаны ашу</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Таңдалған жазбаны жою</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n жазба</numerusform>
            <numerusform>%n жазба</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ef::MainWindow</name>
    <message>
        <source>EduFusion Desk</source>
        <translation>EduFusion Desk</translation>
    </message>
    <message>
        <source>Search people, institutions, agreements and courses (Ctrl+K)</source>
        <translation>Адамдарды, ұйымдарды, келісімдерді және курстарды іздеу (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Іздеу нәтижелері</translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation>Деректер файлы: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;About EduFusion Desk</source>
        <translation>EduFusion Desk &amp;туралы</translation>
    </message>
    <message>
        <source>About EduFusion Desk</source>
        <translation>EduFusion Desk туралы</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;EduFusion Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Academia–industry partnerships, educator training and certification, and the STEAM and entrepreneurship course catalogue of the Erasmus+ EduFusion consortium, kept on this computer and usable offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;EduFusion Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Erasmus+ EduFusion консорциумының университет пен өндіріс серіктестіктері, оқытушыларды оқыту және сертификаттау, STEAM және кәсіпкерлік курстарының каталогы — осы компьютерде сақталады және желісіз жұмыс істейді.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Серіктестіктер</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Курстар</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>«%1» бойынша ештеңе табылмады.</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Модульдер</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Басты көрсеткіштер</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Жаңа жазба</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Өң&amp;деу</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>Жазбаны &amp;ашу</translation>
    </message>
    <message>
        <source>&amp;Delete record</source>
        <translation>Жазбаны &amp;жою</translation>
    </message>
    <message>
        <source>&amp;Search everywhere</source>
        <translation>Барлық жерден &amp;іздеу</translation>
    </message>
    <message>
        <source>&amp;Filter this list</source>
        <translation>Осы тізімді &amp;сүзу</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Ө&amp;ту</translation>
    </message>
    <message>
        <source>Training &amp; certification</source>
        <translation>Оқыту және сертификаттау</translation>
    </message>
    <message>
        <source>Course catalogue</source>
        <translation>Курстар каталогы</translation>
    </message>
    <message>
        <source>Institutions &amp; people</source>
        <translation>Ұйымдар мен адамдар</translation>
    </message>
    <message>
        <source>Projects &amp; indicators</source>
        <translation>Жобалар мен көрсеткіштер</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Болдырмау: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Қайталау: %1</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>Сертификатты тексеру</translation>
    </message>
    <message>
        <source>&amp;Export the Erasmus+ report…</source>
        <translation>Erasmus+ есебін &amp;экспорттау…</translation>
    </message>
</context>
<context>
    <name>ef::NationalCommand</name>
    <message>
        <source>Give the file to make: --generate-national FILE.</source>
        <translation>Жасалатын файлды көрсетіңіз: --generate-national FILE.</translation>
    </message>
    <message>
        <source>--scale: a fraction of the national scale greater than 0 and at most 10.</source>
        <translation>--scale: ұлттық ауқымның 0-ден үлкен және 10-нан аспайтын үлесі.</translation>
    </message>
    <message>
        <source>Stopped; %1 was not made.</source>
        <translation>Тоқтатылды; %1 жасалмады.</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%2 файлына %1 жол жазылды</translation>
    </message>
</context>
<context>
    <name>ef::NationalGenerationTask</name>
    <message>
        <source>Generating the national data file %1…</source>
        <translation>%1 ұлттық деректер файлы жасалуда…</translation>
    </message>
    <message>
        <source>Generating the national data file: %1 of %2 rows…</source>
        <translation>Ұлттық деректер файлы жасалуда: %1 / %2 жол…</translation>
    </message>
</context>
<context>
    <name>ef::PartnershipEditor</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарихы</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>Файл &amp;қосу…</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>&amp;Файлды ашу</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Басқаша &amp;сақтау…</translation>
    </message>
    <message>
        <source>Document not available</source>
        <translation>Құжат қолжетімсіз</translation>
    </message>
    <message>
        <source>The content of “%1” is not on this computer yet or is damaged; it arrives with the next sync.</source>
        <translation>«%1» мазмұны бұл компьютерде әлі жоқ немесе бүлінген; ол келесі синхрондауда келеді.</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Құжат тіркеу</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Тіркелмеді</translation>
    </message>
    <message>
        <source>attach %1</source>
        <translation>«%1» тіркеу</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Ашу мүмкін емес</translation>
    </message>
    <message>
        <source>Save document as</source>
        <translation>Құжатты басқаша сақтау</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқу мүмкін емес: %2</translation>
    </message>
</context>
<context>
    <name>ef::PartnershipHistory</name>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Versions of the agreement</source>
        <translation>Келісімнің нұсқалары</translation>
    </message>
    <message>
        <source>As signed</source>
        <translation>Қол қойылған күйі</translation>
    </message>
    <message>
        <source>Amendment %1</source>
        <translation>%1-қосымша келісім</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>ef::QrReader</name>
    <message>
        <source>%1 cannot be opened as a PDF.</source>
        <translation>%1 PDF ретінде ашылмайды.</translation>
    </message>
    <message>
        <source>Page %1 of %2 cannot be drawn.</source>
        <translation>%2 ішіндегі %1-бет салынбайды.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 файлын оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 is neither a picture nor a PDF.</source>
        <translation>%1 сурет те, PDF те емес.</translation>
    </message>
    <message>
        <source>There is no QR code in %1.</source>
        <translation>%1 ішінде QR код жоқ.</translation>
    </message>
</context>
<context>
    <name>ef::RecordDialog</name>
    <message>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>Save the changes to this record?</source>
        <translation>Осы жазбадағы өзгерістерді сақтау керек пе?</translation>
    </message>
    <message>
        <source>New record: %1</source>
        <translation>Жаңа жазба: %1</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Тек оқу үшін: %1</translation>
    </message>
</context>
<context>
    <name>ef::RecordEditing</name>
    <message>
        <source>Record not found</source>
        <translation>Жазба табылмады</translation>
    </message>
    <message>
        <source>This record no longer exists: it was deleted here or by another office.</source>
        <translation>Бұл жазба енді жоқ: ол осында немесе басқа кеңседе жойылған.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Жойылмады</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>«%1» жою</translation>
    </message>
    <message>
        <source>Delete “%2” (%1)?

You can undo this with Edit › Undo.</source>
        <translation>«%2» (%1) жойылсын ба?

Мұны Өңдеу › Болдырмау арқылы қайтаруға болады.</translation>
    </message>
    <message>
        <source>Delete “%2” (%1)?

These records depend on it and will be deleted with it: %3.

You can undo this with Edit › Undo.</source>
        <translation>«%2» (%1) жойылсын ба?

Оған байланысты мына жазбалар да бірге жойылады: %3.

Мұны Өңдеу › Болдырмау арқылы қайтаруға болады.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Рұқсат жоқ</translation>
    </message>
</context>
<context>
    <name>ef::RecordForm</name>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>Educator</source>
        <translation>Оқытушы</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Студент</translation>
    </message>
    <message>
        <source>Industry contact</source>
        <translation>Өндірістегі байланыс адамы</translation>
    </message>
</context>
<context>
    <name>ef::RecordListModel</name>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
</context>
<context>
    <name>ef::RecordPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>Іздеу үшін теріңіз…</translation>
    </message>
</context>
<context>
    <name>ef::ReportCommand</name>
    <message>
        <source>--report: name the project by its acronym or code, such as EduFusion.</source>
        <translation>--report: жобаны қысқартылған атауымен немесе кодымен көрсетіңіз, мысалы EduFusion.</translation>
    </message>
    <message>
        <source>--from: “%1” is not a date; write it as YYYY-MM-DD, such as 2025-09-01.</source>
        <translation>--from: «%1» — күн емес; ЖЖЖЖ-АА-КК түрінде жазыңыз, мысалы 2025-09-01.</translation>
    </message>
    <message>
        <source>--to: “%1” is not a date; write it as YYYY-MM-DD, such as 2026-06-30.</source>
        <translation>--to: «%1» — күн емес; ЖЖЖЖ-АА-КК түрінде жазыңыз, мысалы 2026-06-30.</translation>
    </message>
    <message>
        <source>--to: the period ends (%1) before it begins (%2).</source>
        <translation>--to: кезең басталмай (%2) тұрып аяқталады (%1).</translation>
    </message>
    <message>
        <source>--names: “%1” is neither native nor latin.</source>
        <translation>--names: «%1» native те, latin де емес.</translation>
    </message>
    <message>
        <source>Say where to write the report: --xlsx FILE, --csv DIR or --pdf FILE.</source>
        <translation>Есепті қайда жазу керегін көрсетіңіз: --xlsx ФАЙЛ, --csv ҚАЛТА немесе --pdf ФАЙЛ.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 — қалта; файл атын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 қалтасы жоқ.</translation>
    </message>
    <message>
        <source>--csv: %1 is a file; give a folder.</source>
        <translation>--csv: %1 — файл; қалтаны көрсетіңіз.</translation>
    </message>
    <message>
        <source>There is no data file at %1.</source>
        <translation>%1 жерінде деректер файлы жоқ.</translation>
    </message>
    <message>
        <source>--report: there is no project “%1” in %2.</source>
        <translation>--report: %2 ішінде «%1» жобасы жоқ.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Жазылды: %1</translation>
    </message>
</context>
<context>
    <name>ef::ReportExportDialog</name>
    <message>
        <source>Written: %1</source>
        <translation>Жазылды: %1</translation>
    </message>
    <message>
        <source>Stopped; nothing was written to %1.</source>
        <translation>Тоқтатылды; %1 ішіне ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Есепті жазу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>The period ends before it begins: choose a later “To” date.</source>
        <translation>Кезең басталмай тұрып аяқталады: «Соңы» үшін кейінірек күнді таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 report %2 to %3</source>
        <translation>%1 есебі %2 – %3</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Есепті экспорттау</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>CSV файлдарына арналған қалта</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF құжаты (*.pdf)</translation>
    </message>
    <message>
        <source>Export the Erasmus+ report</source>
        <translation>Erasmus+ есебін экспорттау</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Жоба:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Басы:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Соңы:</translation>
    </message>
    <message>
        <source>People&apos;s &amp;names:</source>
        <translation>Адамдардың &amp;аттары:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Пішімі:</translation>
    </message>
    <message>
        <source>As written (Cyrillic)</source>
        <translation>Жазылғандай (кирилл)</translation>
    </message>
    <message>
        <source>In Latin letters</source>
        <translation>Латын әрпімен</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel кітабы (XLSX)</translation>
    </message>
    <message>
        <source>CSV files (one per table)</source>
        <translation>CSV файлдары (әр кестеге біреуден)</translation>
    </message>
    <message>
        <source>Printable PDF</source>
        <translation>Басып шығаруға арналған PDF</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
</context>
<context>
    <name>ef::ReportExportTask</name>
    <message>
        <source>Exporting the report…</source>
        <translation>Есеп экспортталуда…</translation>
    </message>
</context>
<context>
    <name>ef::SignInDialog</name>
    <message>
        <source>Enter the server&apos;s address, for example https://sync.edufusion.kz.</source>
        <translation>Сервердің мекенжайын енгізіңіз, мысалы https://sync.edufusion.kz.</translation>
    </message>
    <message>
        <source>“%1” is not a server address: write it as https://name or https://name:port.</source>
        <translation>«%1» — сервер мекенжайы емес: оны https://атау немесе https://атау:порт түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Пайдаланушы атын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Кіру…</translation>
    </message>
    <message>
        <source>Sign in with the account the consortium&apos;s coordinator gave you. You can always keep working offline; the sync runs when the server can be reached.</source>
        <translation>Консорциум үйлестірушісі берген есептік жазбамен кіріңіз. Желісіз жұмыс істей беруге болады; синхрондау сервер қолжетімді болғанда орындалады.</translation>
    </message>
    <message>
        <source>Sign in to the sync server</source>
        <translation>Синхрондау серверіне кіру</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>Сервер &amp;мекенжайы</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Пайдаланушы</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Құпия&amp;сөз</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Сервер мекенжайы</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Кіру</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Желісіз жұмыс істеу</translation>
    </message>
    <message>
        <source>Send the password unencrypted?</source>
        <translation>Құпиясөзді шифрлаусыз жіберу керек пе?</translation>
    </message>
    <message>
        <source>%1 is an http:// address: your password and the data would cross the network unencrypted, readable by anyone on the way. Use the server&apos;s https:// address if it has one.

Send the password unencrypted anyway?</source>
        <translation>%1 — http:// мекенжайы: құпиясөзіңіз бен деректер желі арқылы шифрлаусыз өтеді және жолдағы кез келген адам оларды оқи алады. Сервердің https:// мекенжайы болса, соны пайдаланыңыз.

Сонда да құпиясөзді шифрлаусыз жіберу керек пе?</translation>
    </message>
    <message>
        <source>Not signed in: write the server&apos;s https:// address.</source>
        <translation>Кіру орындалмады: сервердің https:// мекенжайын жазыңыз.</translation>
    </message>
</context>
<context>
    <name>ef::SignerPool</name>
    <message>
        <source>This computer holds no key certified to sign for %1 on %2. The consortium&apos;s coordinator certifies office keys (edufusion-desk --key-ceremony).</source>
        <translation>Бұл компьютерде %1 атынан %2 күні қол қоюға сертификатталған кілт жоқ. Кеңсе кілттерін консорциум үйлестірушісі сертификаттайды (edufusion-desk --key-ceremony).</translation>
    </message>
    <message>
        <source>this office</source>
        <translation>осы кеңсе</translation>
    </message>
    <message>
        <source>Signed with %1&apos;s demo key %2: a specimen, valid only in the demo data.</source>
        <translation>%1 кеңсесінің %2 демо кілтімен қол қойылады: үлгі, тек демо деректерде жарамды.</translation>
    </message>
    <message>
        <source>Signed with %1&apos;s key %2.</source>
        <translation>%1 кеңсесінің %2 кілтімен қол қойылады.</translation>
    </message>
    <message>
        <source>Signed with %1&apos;s key %2, sealed with a passphrase.</source>
        <translation>%1 кеңсесінің құпия сөз тіркесімен мөрленген %2 кілтімен қол қойылады.</translation>
    </message>
    <message>
        <source>The key %1 is kept in the system&apos;s keychain, which this window does not open yet.</source>
        <translation>%1 кілті жүйенің кілттер қоймасында сақталады, бұл терезе оны әзірге ашпайды.</translation>
    </message>
    <message>
        <source>The key %1 is no longer certified.</source>
        <translation>%1 кілті енді сертификатталмаған.</translation>
    </message>
</context>
<context>
    <name>ef::SyncAccount</name>
    <message>
        <source>You are signed in as an auditor (%1): auditors read everything and change nothing.</source>
        <translation>Сіз аудитор ретінде кірдіңіз (%1): аудиторлар бәрін оқиды, бірақ ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <source>Shared reference data (institutions, projects, indicators, the course catalogue, training programmes) is changed by the consortium&apos;s coordinators.</source>
        <translation>Ортақ анықтамалық деректерді (ұйымдар, жобалар, көрсеткіштер, курстар каталогы, оқыту бағдарламалары) консорциум үйлестірушілері өзгертеді.</translation>
    </message>
    <message>
        <source>This record belongs to another institution: only its own office and the coordinators change it.</source>
        <translation>Бұл жазба басқа ұйымға тиесілі: оны тек сол ұйымның кеңсесі мен үйлестірушілер өзгерте алады.</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>кірмеген</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>үйлестіруші</translation>
    </message>
    <message>
        <source>institution officer</source>
        <translation>ұйым кеңсесінің қызметкері</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>аудитор</translation>
    </message>
    <message>
        <source>This data file holds the demo data, whose invented people must not reach the consortium&apos;s server. To sync, start a new data file.</source>
        <translation>Бұл деректер файлында демо деректер бар, оның ойдан шығарылған адамдары консорциум серверіне түспеуі керек. Синхрондау үшін жаңа деректер файлын бастаңыз.</translation>
    </message>
    <message>
        <source>This data file syncs with %1. To work with another server, start a new data file.</source>
        <translation>Бұл деректер файлы %1 серверімен синхрондалады. Басқа сервермен жұмыс істеу үшін жаңа деректер файлын бастаңыз.</translation>
    </message>
</context>
<context>
    <name>ef::SyncCommand</name>
    <message>
        <source>Give the server&apos;s address (--server https://…) and the user (--user NAME).</source>
        <translation>Сервердің мекенжайын (--server https://…) және пайдаланушыны (--user АТЫ) көрсетіңіз.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Кіру сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Синхрондау сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received, %3 conflicts, %4 refused; %5 requests, %6 bytes sent, %7 bytes received.</source>
        <translation>Синхрондалды: %1 жіберілді, %2 алынды, %3 қайшылық, %4 қабылданбады; %5 сұрау, %6 байт жіберілді, %7 байт алынды.</translation>
    </message>
    <message>
        <source>Sync stopped; what arrived so far is kept.</source>
        <translation>Синхрондау тоқтатылды; осы уақытқа дейін келгені сақталды.</translation>
    </message>
</context>
<context>
    <name>ef::SyncController</name>
    <message numerus="yes">
        <source>%n change(s) arrived from other offices.</source>
        <translation>
            <numerusform>Басқа кеңселерден %n өзгеріс келді.</numerusform>
            <numerusform>Басқа кеңселерден %n өзгеріс келді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) or refusal(s) to review.</source>
        <translation>
            <numerusform>Тексеретін %n жаңа қайшылық не бас тарту бар.</numerusform>
            <numerusform>Тексеретін %n жаңа қайшылық не бас тарту бар.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer has no keychain service, so the sign-in was not kept: sign in to sync.</source>
        <translation>Бұл компьютерде құпиясөз қоймасы жоқ, сондықтан кіру сақталмады: синхрондау үшін кіріңіз.</translation>
    </message>
    <message>
        <source>This computer has no keychain service to keep the sign-in safely.</source>
        <translation>Бұл компьютерде кіруді қауіпсіз сақтайтын құпиясөз қоймасы жоқ.</translation>
    </message>
    <message>
        <source>The keychain refused to keep the sign-in (%1).</source>
        <translation>Құпиясөз қоймасы кіруді сақтамады (%1).</translation>
    </message>
    <message>
        <source>Keep the sign-in?</source>
        <translation>Кіруді сақтау керек пе?</translation>
    </message>
    <message>
        <source>%1

Keep it in the data file instead? Anyone who can read the file could then sync as you. If not, you sign in again each time EduFusion Desk starts.</source>
        <translation>%1

Оның орнына деректер файлында сақтау керек пе? Сонда файлды оқи алатын кез келген адам сіздің атыңыздан синхрондай алады. Әйтпесе EduFusion Desk әр іске қосылғанда қайта кіресіз.</translation>
    </message>
    <message>
        <source>Sign-in not kept</source>
        <translation>Кіру сақталмады</translation>
    </message>
    <message>
        <source>The sign-in could not be kept in the data file (%1); you sign in again when EduFusion Desk starts next time.</source>
        <translation>Кіруді деректер файлында сақтау мүмкін болмады (%1); EduFusion Desk келесі жолы іске қосылғанда қайта кіресіз.</translation>
    </message>
    <message>
        <source>Sign-in still in the data file</source>
        <translation>Кіру әлі деректер файлында</translation>
    </message>
    <message>
        <source>The sign-in kept in the data file could not be removed (%1): anyone who can read the file could still sync as you. Sign out again, or ask the coordinator to revoke this computer&apos;s sign-in.</source>
        <translation>Деректер файлында сақталған кіруді өшіру мүмкін болмады (%1): файлды оқи алатын кез келген адам әлі де сіздің атыңыздан синхрондай алады. Қайта шығып көріңіз немесе үйлестірушіден осы компьютердің кіруін кері қайтарып алуды сұраңыз.</translation>
    </message>
</context>
<context>
    <name>ef::SyncIssues</name>
    <message>
        <source>Only the lost value of a conflict can be restored.</source>
        <translation>Тек қайшылықта жоғалған мәнді қалпына келтіруге болады.</translation>
    </message>
    <message>
        <source>The lost value is not valid for “%1” any more, so it cannot be restored.</source>
        <translation>Жоғалған мән «%1» өрісіне енді сәйкес келмейді, сондықтан оны қалпына келтіру мүмкін емес.</translation>
    </message>
    <message>
        <source>Out of your scope: another institution&apos;s record, or shared data that only coordinators change.</source>
        <translation>Өкілеттігіңізден тыс: басқа ұйымның жазбасы немесе тек үйлестірушілер өзгертетін ортақ деректер.</translation>
    </message>
    <message>
        <source>Your role is read only.</source>
        <translation>Сіздің рөліңіз тек оқуға арналған.</translation>
    </message>
    <message>
        <source>The server found the value invalid.</source>
        <translation>Сервер мәнді жарамсыз деп тапты.</translation>
    </message>
    <message>
        <source>The server does not have this record.</source>
        <translation>Серверде бұл жазба жоқ.</translation>
    </message>
    <message>
        <source>It refers to a record this office cannot see.</source>
        <translation>Ол осы кеңсе көре алмайтын жазбаға сілтейді.</translation>
    </message>
    <message>
        <source>The record is not in this office&apos;s data.</source>
        <translation>Бұл жазба кеңсенің деректерінде жоқ.</translation>
    </message>
    <message>
        <source>This version of EduFusion Desk does not know the field; update it.</source>
        <translation>EduFusion Desk-тің бұл нұсқасы бұл өрісті білмейді; оны жаңартыңыз.</translation>
    </message>
</context>
<context>
    <name>ef::SyncSettingsDialog</name>
    <message>
        <source>This data file has never synced: you are working offline.</source>
        <translation>Бұл деректер файлы әлі синхрондалмаған: сіз желісіз жұмыс істеп отырсыз.</translation>
    </message>
    <message>
        <source>%1 at %2, as %3. %4</source>
        <translation>%2 серверінде %1, рөлі: %3. %4</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Кіру орындалды.</translation>
    </message>
    <message>
        <source>Not signed in on this computer.</source>
        <translation>Бұл компьютерде кіру орындалмаған.</translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation>Синхрондау баптаулары</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Кіру…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Forget the sign-in on this computer; the data stays</source>
        <translation>Бұл компьютердегі кіруді ұмыту; деректер сақталады</translation>
    </message>
    <message>
        <source>Sync &amp;every</source>
        <translation>Синхрондау &amp;аралығы</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>only on demand</source>
        <translation>тек сұрау бойынша</translation>
    </message>
    <message>
        <source>The sync also runs when you press F5 or Sync now. It never stops you working: without a link, changes wait on this computer.</source>
        <translation>Синхрондау F5 пернесімен немесе «Қазір синхрондау» командасымен де іске қосылады. Ол жұмысқа кедергі келтірмейді: байланыс болмаса, өзгерістер осы компьютерде күтеді.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>ef::SyncStatus</name>
    <message>
        <source>Working offline: not signed in to a server</source>
        <translation>Желісіз жұмыс: серверге кіру орындалмаған</translation>
    </message>
    <message>
        <source>Sync failed; last synced %1</source>
        <translation>Синхрондау сәтсіз аяқталды; соңғысы: %1</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Синхрондау сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Соңғы синхрондау: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Әлі синхрондалмаған</translation>
    </message>
    <message>
        <source>%1 at %2, as %3</source>
        <translation>%2 серверінде %1, рөлі: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>Жіберілетін %n өзгеріс</numerusform>
            <numerusform>Жіберілетін %n өзгеріс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>Тексеруге %n</numerusform>
            <numerusform>Тексеруге %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Кіру…</translation>
    </message>
    <message>
        <source>Sign in to the consortium&apos;s server to sync this data file</source>
        <translation>Осы деректер файлын синхрондау үшін консорциум серверіне кіріңіз</translation>
    </message>
    <message>
        <source>Conflicts and refused changes from the sync, to review</source>
        <translation>Тексерілетін синхрондау қайшылықтары мен қабылданбаған өзгерістер</translation>
    </message>
</context>
<context>
    <name>ef::SyncTask</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: wait a quarter of an hour, then try again.</source>
        <translation>Сәтсіз кіру әрекеттері тым көп: ширек сағат күтіп, қайта көріңіз.</translation>
    </message>
    <message>
        <source>This account is disabled; ask the consortium&apos;s coordinator.</source>
        <translation>Бұл есептік жазба өшірілген; консорциум үйлестірушісіне хабарласыңыз.</translation>
    </message>
    <message>
        <source>Sign in to %1 to sync.</source>
        <translation>Синхрондау үшін %1 серверіне кіріңіз.</translation>
    </message>
    <message>
        <source>Sign in to a server to sync.</source>
        <translation>Синхрондау үшін серверге кіріңіз.</translation>
    </message>
    <message numerus="yes">
        <source>Receiving the data of your scope: %n change(s) so far…</source>
        <translation>
            <numerusform>Өз аясыңыздың деректерін қабылдау: әзірге %n өзгеріс…</numerusform>
            <numerusform>Өз аясыңыздың деректерін қабылдау: әзірге %n өзгеріс…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1, received %2 changes…</source>
        <translation>Жіберілді: %1, қабылданды: %2 өзгеріс…</translation>
    </message>
    <message>
        <source>First sync: receiving the data of your scope…</source>
        <translation>Алғашқы синхрондау: өз аясыңыздың деректерін қабылдау…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхрондау…</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Your work stays on this computer and is sent when the link is back.</source>
        <translation>Серверге қосылу мүмкін емес (%1). Жұмысыңыз осы компьютерде қалады және байланыс қалпына келгенде жіберіледі.</translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked: sign in again.</source>
        <translation>Кіру мерзімі өтті немесе кері қайтарылды: қайта кіріңіз.</translation>
    </message>
    <message>
        <source>The server failed (%1); the sync will try again.</source>
        <translation>Сервер қатесі (%1); синхрондау қайталанады.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is ahead of the server&apos;s; correct its date and time. Your changes stay queued. (%1)</source>
        <translation>Бұл компьютердің сағаты серверден алда; күн мен уақытты түзетіңіз. Өзгерістеріңіз кезекте қалады. (%1)</translation>
    </message>
    <message>
        <source>This version of EduFusion Desk and the server do not match: %1</source>
        <translation>EduFusion Desk пен сервердің нұсқалары сәйкес емес: %1</translation>
    </message>
    <message>
        <source>This data file was restored from a backup or copied from another computer; the server refuses its changes. Ask your coordinator. (%1)</source>
        <translation>Бұл деректер файлы сақтық көшірмеден қалпына келтірілген немесе басқа компьютерден көшірілген; сервер оның өзгерістерін қабылдамайды. Үйлестірушіге хабарласыңыз. (%1)</translation>
    </message>
    <message>
        <source>The server refused the sync: %1</source>
        <translation>Сервер синхрондауды қабылдамады: %1</translation>
    </message>
    <message>
        <source>The changes were synced, but the time of the sync could not be noted: %1</source>
        <translation>Өзгерістер синхрондалды, бірақ синхрондау уақытын белгілеу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>On the server this data file belongs to another user: sign in as that user, or use a data file of your own.</source>
        <translation>Серверде бұл деректер файлы басқа пайдаланушыға тиесілі: сол пайдаланушы ретінде кіріңіз немесе өз деректер файлыңызды пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The server could not be told of the sign-out (%1): the sign-in stays valid there until it expires. Ask the coordinator to revoke it if this computer is not safe.</source>
        <translation>Серверге шығу туралы хабарлау мүмкін болмады (%1): кіру онда мерзімі біткенше жарамды болып қалады. Бұл компьютер қауіпсіз болмаса, үйлестірушіден оны кері қайтаруды сұраңыз.</translation>
    </message>
</context>
<context>
    <name>ef::SyncUi</name>
    <message>
        <source>Sign in to bring your office&apos;s data from the server.</source>
        <translation>Кеңсеңіздің деректерін серверден алу үшін кіріңіз.</translation>
    </message>
    <message>
        <source>Conflicts to review (%1)</source>
        <translation>Тексерілетін қайшылықтар (%1)</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Тексерілетін қайшылықтар</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Қазір &amp;синхрондау</translation>
    </message>
    <message>
        <source>Send this office&apos;s changes and receive the others&apos; (F5)</source>
        <translation>Осы кеңсенің өзгерістерін жіберіп, басқалардікін алу (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel the sync</source>
        <translation>Синхрондауды &amp;тоқтату</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Кіру…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Forget the sign-in on this computer; the data stays</source>
        <translation>Бұл компьютердегі кіруді ұмыту; деректер сақталады</translation>
    </message>
    <message>
        <source>Sync se&amp;ttings…</source>
        <translation>Синхрондау &amp;баптаулары…</translation>
    </message>
    <message>
        <source>&amp;Conflicts to review</source>
        <translation>Тексерілетін &amp;қайшылықтар</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Син&amp;хрондау</translation>
    </message>
</context>
<context>
    <name>ef::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Stop this task; what is done so far is kept</source>
        <translation>Тапсырманы тоқтату; орындалған бөлігі сақталады</translation>
    </message>
</context>
<context>
    <name>ef::TemplatePreviewDialog</name>
    <message>
        <source>Certificate designs</source>
        <translation>Сертификат безендірулері</translation>
    </message>
    <message>
        <source>&amp;Design:</source>
        <translation>&amp;Безендіру:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Тілдер:</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшынша</translation>
    </message>
    <message>
        <source>The sample certificate</source>
        <translation>Сертификат үлгісі</translation>
    </message>
</context>
<context>
    <name>ef::TrainingEventEditor</name>
    <message>
        <source>Add &amp;participants…</source>
        <translation>&amp;Қатысушыларды қосу…</translation>
    </message>
    <message>
        <source>&amp;Attendance sheet (PDF)…</source>
        <translation>&amp;Қатысу парағы (PDF)…</translation>
    </message>
    <message>
        <source>Participant &amp;list (PDF)…</source>
        <translation>Қатысушылар &amp;тізімі (PDF)…</translation>
    </message>
    <message>
        <source>In Kazakh</source>
        <translation>Қазақ тілінде</translation>
    </message>
    <message>
        <source>In Russian</source>
        <translation>Орыс тілінде</translation>
    </message>
    <message>
        <source>In English, names in Latin letters</source>
        <translation>Ағылшын тілінде, аттары латын әрпімен</translation>
    </message>
    <message>
        <source>attendance-%1.pdf</source>
        <translation>қатысу-парағы-%1.pdf</translation>
    </message>
    <message>
        <source>participants-%1.pdf</source>
        <translation>қатысушылар-%1.pdf</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF құжаты (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ef::TrustList</name>
    <message>
        <source>This is not a consortium key file.</source>
        <translation>Бұл консорциум кілт файлы емес.</translation>
    </message>
    <message>
        <source>A root key in the consortium key file is damaged.</source>
        <translation>Консорциум кілт файлындағы түбір кілт бүлінген.</translation>
    </message>
    <message>
        <source>The consortium key file holds no root key.</source>
        <translation>Консорциум кілт файлында түбір кілт жоқ.</translation>
    </message>
</context>
<context>
    <name>ef::VerifyPage</name>
    <message>
        <source>Verify a certificate</source>
        <translation>Сертификатты тексеру</translation>
    </message>
    <message>
        <source>Open a certificate&apos;s PDF, a scan or a photo of it (Ctrl+Shift+O), or drop it here; or paste the text of its QR code, or type its number, and press Verify (Ctrl+Enter). Nothing leaves this computer.</source>
        <translation>Сертификаттың PDF файлын, сканерін немесе фотосын ашыңыз (Ctrl+Shift+O) не осында сүйреп әкеліңіз; немесе QR-кодының мәтінін қойыңыз не нөмірін енгізіп, «Тексеру» түймесін басыңыз (Ctrl+Enter). Ештеңе осы компьютерден шықпайды.</translation>
    </message>
    <message>
        <source>EF1:… or EF-EKTU-2026-000123</source>
        <translation>EF1:… немесе EF-EKTU-2026-000123</translation>
    </message>
    <message>
        <source>QR code text or certificate number</source>
        <translation>QR-код мәтіні немесе сертификат нөмірі</translation>
    </message>
    <message>
        <source>&amp;Open a PDF or picture…</source>
        <translation>PDF немесе суретті &amp;ашу…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Тексеру</translation>
    </message>
    <message>
        <source>Open a certificate</source>
        <translation>Сертификатты ашу</translation>
    </message>
    <message>
        <source>Certificates (*.pdf *.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff *.txt);;All files (*)</source>
        <translation>Сертификаттар (*.pdf *.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff *.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Белгісіз нөмір</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Нөмірі:</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Иесі:</translation>
    </message>
    <message>
        <source>Holder in Latin:</source>
        <translation>Иесі латын әрпімен:</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Бағдарлама:</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Іс-шара:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Сағат:</translation>
    </message>
    <message>
        <source>ECTS credits:</source>
        <translation>ECTS кредиттері:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Берілген күні:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Жарамдылық мерзімі:</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>мерзімсіз</translation>
    </message>
    <message>
        <source>Replaces:</source>
        <translation>Орнына:</translation>
    </message>
    <message>
        <source>Replaced by:</source>
        <translation>Ауыстырған:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Қол қойған:</translation>
    </message>
    <message>
        <source>%1, demo key %2 (a specimen: trusted only by the demo data)</source>
        <translation>%1, %2 демо кілті (үлгі: оған тек демо деректер сенеді)</translation>
    </message>
    <message>
        <source>%1, key %2</source>
        <translation>%1, %2 кілті</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Тексерілді:</translation>
    </message>
    <message>
        <source>the copy in this data file&apos;s register</source>
        <translation>осы деректер файлының тізіліміндегі көшірме бойынша</translation>
    </message>
</context>
<context>
    <name>ef::WelcomeDialog</name>
    <message>
        <source>Welcome to EduFusion Desk</source>
        <translation>EduFusion Desk-ке қош келдіңіз</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to EduFusion Desk&lt;/h2&gt;&lt;p&gt;Partnerships with industry, educator training and certificates, and the course catalogue of your office, kept on this computer and usable offline.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;EduFusion Desk-ке қош келдіңіз&lt;/h2&gt;&lt;p&gt;Кеңсеңіздің өндіріспен серіктестіктері, оқытушыларды оқыту мен сертификаттары және курстар каталогы — осы компьютерде сақталады және желісіз жұмыс істейді.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the demo data</source>
        <translation>Демо деректерді ашу</translation>
    </message>
    <message>
        <source>The EduFusion consortium, its projects, events and courses, with invented people: a safe place to look around.</source>
        <translation>EduFusion консорциумы, оның жобалары, іс-шаралары мен курстары, ойдан шығарылған адамдармен: бағдарламамен қауіпсіз танысу үшін.</translation>
    </message>
    <message>
        <source>Start an empty data file</source>
        <translation>Бос деректер файлын бастау</translation>
    </message>
    <message>
        <source>For your own office: you name your institution, everything else you add.</source>
        <translation>Өз кеңсеңіз үшін: ұйымыңыздың атын жазасыз, қалғанын өзіңіз қосасыз.</translation>
    </message>
    <message>
        <source>Open a data file…</source>
        <translation>Деректер файлын ашу…</translation>
    </message>
    <message>
        <source>A data file this office already has.</source>
        <translation>Кеңседе бұрыннан бар деректер файлы.</translation>
    </message>
    <message>
        <source>The institution this office works for owns the records you create.</source>
        <translation>Сіз құрған жазбалар осы кеңсе жұмыс істейтін ұйымға тиесілі болады.</translation>
    </message>
    <message>
        <source>Name of the institution</source>
        <translation>Ұйымның атауы</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Қысқа атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>Ел (ISO коды)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Құру</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation>Деректер файлын ашу</translation>
    </message>
    <message>
        <source>EduFusion data files (*.sqlite *.db);;All files (*)</source>
        <translation>EduFusion деректер файлдары (*.sqlite *.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Sign in to the consortium&apos;s server</source>
        <translation>Консорциум серверіне кіру</translation>
    </message>
    <message>
        <source>For an office with an account: your institution&apos;s records and the shared catalogue come from the server, and your changes sync back.</source>
        <translation>Есептік жазбасы бар кеңсе үшін: ұйымыңыздың жазбалары мен ортақ каталог серверден келеді, ал сіздің өзгерістеріңіз кері синхрондалады.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Academia–industry partnerships, educator certification and the STEAM course catalogue of the EduFusion consortium.</source>
        <translation>EduFusion консорциумының университет пен өндіріс серіктестіктері, оқытушыларды сертификаттау және STEAM курстарының каталогы.</translation>
    </message>
    <message>
        <source>Open this data file instead of the default one.</source>
        <translation>Әдепкі файлдың орнына осы деректер файлын ашу.</translation>
    </message>
    <message>
        <source>Create a national-scale data file for tests and benchmarks, then exit.</source>
        <translation>Сынақтар мен өлшемдерге арналған ұлттық ауқымдағы деректер файлын жасап, шығу.</translation>
    </message>
    <message>
        <source>With --generate-national: the fraction of the national scale (default 1).</source>
        <translation>--generate-national кезінде: ұлттық ауқымның үлесі (әдепкі 1).</translation>
    </message>
    <message>
        <source>Interface language: kk, ru or en.</source>
        <translation>Интерфейс тілі: kk, ru немесе en.</translation>
    </message>
    <message>
        <source>Start in this module: dashboard, partnerships, renewals, programmes, events, participations, certificates, courses, offerings, enrollments, institutions, people, projects or indicators.</source>
        <translation>Осы модульден бастау: dashboard, partnerships, renewals, programmes, events, participations, certificates, courses, offerings, enrollments, institutions, people, projects немесе indicators.</translation>
    </message>
    <message>
        <source>When the data file does not exist yet, fill it with the demo data without asking.</source>
        <translation>Деректер файлы әлі жоқ болса, оны сұрамай демо деректермен толтыру.</translation>
    </message>
    <message>
        <source>Sync the data file with the server without opening the window, then exit. The password is read from EDUFUSION_PASSWORD or standard input.</source>
        <translation>Деректер файлын серверпен терезені ашпай синхрондау, содан кейін шығу. Құпиясөз EDUFUSION_PASSWORD айнымалысынан немесе стандартты енгізуден оқылады.</translation>
    </message>
    <message>
        <source>With --sync: the server&apos;s address.</source>
        <translation>--sync кезінде: сервердің мекенжайы.</translation>
    </message>
    <message>
        <source>With --sync: the user to sign in as.</source>
        <translation>--sync кезінде: кіретін пайдаланушы.</translation>
    </message>
    <message>
        <source>With --verify: trust this consortium key file instead of the data file&apos;s keys.</source>
        <translation>--verify бірге: деректер файлының кілттерінің орнына осы консорциум кілттері файлына сену.</translation>
    </message>
    <message>
        <source>With --certificates-pdf: the folder to write to.</source>
        <translation>--certificates-pdf бірге: жазылатын қалта.</translation>
    </message>
    <message>
        <source>Verify a certificate offline, then exit with its verdict&apos;s code: a PDF, a scan or photo, the text of its QR code, or a certificate number.</source>
        <translation>Сертификатты желісіз тексеріп, нәтиже кодымен шығу: PDF, скан не фото, QR-код мәтіні немесе сертификат нөмірі.</translation>
    </message>
    <message>
        <source>Write certificates as PDF files (with their Open Badges credentials) without opening the window, then exit.</source>
        <translation>Терезені ашпай сертификаттарды PDF файлдарына (Open Badges белгілерімен) жазып, шығу.</translation>
    </message>
    <message>
        <source>With --certificates-pdf: every valid certificate of this event.</source>
        <translation>--certificates-pdf бірге: осы іс-шараның барлық жарамды сертификаттары.</translation>
    </message>
    <message>
        <source>With --certificates-pdf: the certificate of this number.</source>
        <translation>--certificates-pdf бірге: осы нөмірлі сертификат.</translation>
    </message>
    <message>
        <source>With --certificates-pdf: one PDF file for all the certificates.</source>
        <translation>--certificates-pdf бірге: барлық сертификатқа бір PDF файлы.</translation>
    </message>
    <message>
        <source>Write the consortium key file a verifier needs (root keys, office keys, revocation lists), then exit.</source>
        <translation>Тексерушіге қажет консорциум кілттері файлын (түбір кілттер, кеңсе кілттері, кері қайтарылғандар тізімдері) жазып, шығу.</translation>
    </message>
    <message>
        <source>Manage signing keys, then exit: create-root, create-office, certify, import, trust, list or retire. Passphrases are read from EDUFUSION_PASSPHRASE or standard input.</source>
        <translation>Қолтаңба кілттерін басқарып, шығу: create-root, create-office, certify, import, trust, list немесе retire. Құпия сөз тіркестері EDUFUSION_PASSPHRASE немесе стандартты енгізуден оқылады.</translation>
    </message>
    <message>
        <source>With --key-ceremony: the root key&apos;s file.</source>
        <translation>--key-ceremony бірге: түбір кілт файлы.</translation>
    </message>
    <message>
        <source>With --key-ceremony: an office key&apos;s request file.</source>
        <translation>--key-ceremony бірге: кеңсе кілтінің сұраныс файлы.</translation>
    </message>
    <message>
        <source>With --key-ceremony: a key certificate file, or a consortium key file to trust.</source>
        <translation>--key-ceremony бірге: кілт сертификатының файлы немесе сенім білдірілетін консорциум кілттері файлы.</translation>
    </message>
    <message>
        <source>With --key-ceremony: the office&apos;s code, such as EKTU.</source>
        <translation>--key-ceremony бірге: кеңсе коды, мысалы EKTU.</translation>
    </message>
    <message>
        <source>With --key-ceremony: the office&apos;s name.</source>
        <translation>--key-ceremony бірге: кеңсе атауы.</translation>
    </message>
    <message>
        <source>With --key-ceremony retire: the key&apos;s id.</source>
        <translation>--key-ceremony retire бірге: кілт идентификаторы.</translation>
    </message>
    <message>
        <source>With --key-ceremony: the key&apos;s first day (YYYY-MM-DD).</source>
        <translation>--key-ceremony бірге: кілттің бірінші күні (ЖЖЖЖ-АА-КК).</translation>
    </message>
    <message>
        <source>With --key-ceremony: the key&apos;s last day (YYYY-MM-DD).</source>
        <translation>--key-ceremony бірге: кілттің соңғы күні (ЖЖЖЖ-АА-КК).</translation>
    </message>
    <message>
        <source>With --key-ceremony certify: how many numbers the key may give.</source>
        <translation>--key-ceremony certify бірге: кілт қанша нөмір бере алады.</translation>
    </message>
    <message>
        <source>Write the Erasmus+ report of this project (its acronym or code) without opening the window, then exit.</source>
        <translation>Осы жобаның (қысқартылған атауы немесе коды) Erasmus+ есебін терезені ашпай жазып, шығу.</translation>
    </message>
    <message>
        <source>With --report: the first day of the period, YYYY-MM-DD.</source>
        <translation>--report бірге: кезеңнің бірінші күні, ЖЖЖЖ-АА-КК.</translation>
    </message>
    <message>
        <source>With --report: the last day of the period, YYYY-MM-DD.</source>
        <translation>--report бірге: кезеңнің соңғы күні, ЖЖЖЖ-АА-КК.</translation>
    </message>
    <message>
        <source>With --report: write the workbook here.</source>
        <translation>--report бірге: Excel кітабын осында жазу.</translation>
    </message>
    <message>
        <source>With --report: write one CSV file per table into this folder.</source>
        <translation>--report бірге: әр кестеге бір CSV файлын осы қалтаға жазу.</translation>
    </message>
    <message>
        <source>With --report: write the printable report here.</source>
        <translation>--report бірге: басып шығаруға арналған есепті осында жазу.</translation>
    </message>
    <message>
        <source>With --report: people&apos;s names as written (native) or in Latin letters (latin).</source>
        <translation>--report бірге: адамдардың аттары жазылғандай (native) немесе латын әрпімен (latin).</translation>
    </message>
</context>
</TS>
