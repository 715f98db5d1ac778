<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AppStartup</name>
    <message>
        <source>EduFusion Desk</source>
        <translation>EduFusion Desk</translation>
    </message>
    <message>
        <source>Open it anyway?</source>
        <translation>Всё равно открыть?</translation>
    </message>
    <message>
        <source>The demo data could not be added: %1</source>
        <translation>Не удалось добавить демонстрационные данные: %1</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <source>The file size cannot be negative.</source>
        <translation>Размер файла не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The file&apos;s checksum is missing or damaged.</source>
        <translation>Контрольная сумма файла отсутствует или повреждена.</translation>
    </message>
    <message>
        <source>A file name cannot contain / or \.</source>
        <translation>Имя файла не может содержать / или \.</translation>
    </message>
    <message>
        <source>The file type is not recognised.</source>
        <translation>Тип файла не распознан.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>%1 is larger than %2 MB; attach a smaller file.</source>
        <translation>Файл %1 больше %2 МБ; прикрепите файл меньшего размера.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>Use capital letters, digits, - and /, such as EKTU-TP-2026-001.</source>
        <translation>Используйте заглавные буквы, цифры, - и /, например EKTU-TP-2026-001.</translation>
    </message>
    <message>
        <source>Say why the certificate is revoked.</source>
        <translation>Укажите, почему сертификат отозван.</translation>
    </message>
    <message>
        <source>Only a revoked certificate has a revocation date and reason.</source>
        <translation>Дата и причина отзыва бывают только у отозванного сертификата.</translation>
    </message>
    <message>
        <source>A certificate cannot replace itself.</source>
        <translation>Сертификат не может заменять сам себя.</translation>
    </message>
</context>
<context>
    <name>Course</name>
    <message>
        <source>Use capital letters, digits, - and ., such as EKTU-STEAM-101.</source>
        <translation>Используйте заглавные буквы, цифры, - и ., например EKTU-STEAM-101.</translation>
    </message>
    <message>
        <source>Enter the ECTS credits: more than 0, at most 60, in steps of 0.5.</source>
        <translation>Введите кредиты ECTS: больше 0, не более 60, с шагом 0,5.</translation>
    </message>
    <message>
        <source>Choose the languages from Kazakh, Russian and English.</source>
        <translation>Выберите языки из казахского, русского и английского.</translation>
    </message>
    <message>
        <source>Each language is listed once.</source>
        <translation>Каждый язык указывается один раз.</translation>
    </message>
</context>
<context>
    <name>Dependents</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enrollment</name>
    <message>
        <source>A grade is given only when the course is completed or failed.</source>
        <translation>Оценка ставится только за завершённый или не сданный курс.</translation>
    </message>
</context>
<context>
    <name>EnumLabels</name>
    <message>
        <source>University</source>
        <comment>institution_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <comment>institution_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public body</source>
        <comment>institution_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation agency</source>
        <comment>institution_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <comment>institution_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>institution_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <comment>gender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <comment>gender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <comment>gender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <comment>partnership_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internship agreement</source>
        <comment>partnership_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual education</source>
        <comment>partnership_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint project</source>
        <comment>partnership_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research contract</source>
        <comment>partnership_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <comment>partnership_status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiating</source>
        <comment>partnership_status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <comment>partnership_status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <comment>partnership_status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>partnership_status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <comment>partnership_status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>partnership_status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <comment>project_role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <comment>project_role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associated partner</source>
        <comment>project_role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <comment>indicator_unit</comment>
        <translation type="unfinished">Люди</translation>
    </message>
    <message>
        <source>Percent</source>
        <comment>indicator_unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <comment>indicator_unit</comment>
        <translation type="unfinished">Курсы</translation>
    </message>
    <message>
        <source>Modules</source>
        <comment>indicator_unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <comment>indicator_unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <comment>indicator_unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <comment>indicator_unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>indicator_unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineering pedagogy</source>
        <comment>training_topic</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pedagogical psychology</source>
        <comment>training_topic</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <comment>training_topic</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive methods</source>
        <comment>training_topic</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective practice</source>
        <comment>training_topic</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrepreneurship</source>
        <comment>training_topic</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEAM</source>
        <comment>training_topic</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>training_topic</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National</source>
        <comment>certification_standard</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International</source>
        <comment>certification_standard</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <comment>event_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seminar</source>
        <comment>event_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study tour</source>
        <comment>event_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train-the-Trainer</source>
        <comment>event_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info day</source>
        <comment>event_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar</source>
        <comment>event_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <comment>event_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <comment>event_mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <comment>event_mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <comment>event_mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>participation_result</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <comment>participation_result</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>participation_result</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <comment>certificate_status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <comment>certificate_status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <comment>certificate_status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEAM</source>
        <comment>course_area</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrepreneurship</source>
        <comment>course_area</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <comment>course_delivery</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blended</source>
        <comment>course_delivery</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <comment>course_delivery</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted</source>
        <comment>accreditation_status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <comment>accreditation_status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accredited</source>
        <comment>accreditation_status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>accreditation_status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>accreditation_status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <comment>enrollment_status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>enrollment_status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>enrollment_status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>enrollment_status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>A target cannot be negative.</source>
        <translation>Целевое значение не может быть отрицательным.</translation>
    </message>
    <message>
        <source>A baseline cannot be negative.</source>
        <translation>Исходное значение не может быть отрицательным.</translation>
    </message>
    <message>
        <source>A percentage target cannot be above 100.</source>
        <translation>Целевой процент не может быть больше 100.</translation>
    </message>
    <message>
        <source>Choose how the indicator is measured from the list.</source>
        <translation>Выберите из списка, как измеряется показатель.</translation>
    </message>
</context>
<context>
    <name>Institution</name>
    <message>
        <source>Enter the name in at least one language.</source>
        <translation>Введите название хотя бы на одном языке.</translation>
    </message>
    <message>
        <source>A BIN is issued only to organisations in Kazakhstan.</source>
        <translation>БИН выдаётся только организациям Казахстана.</translation>
    </message>
    <message>
        <source>A BIN has 12 digits and the last one is a check digit; check the number.</source>
        <translation>БИН состоит из 12 цифр, последняя — контрольная; проверьте номер.</translation>
    </message>
    <message>
        <source>A PIC has exactly 9 digits.</source>
        <translation>Код PIC состоит ровно из 9 цифр.</translation>
    </message>
</context>
<context>
    <name>ListCatalog</name>
    <message>
        <source>Search</source>
        <translation type="unfinished">Поиск</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation type="unfinished">Организации</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">Люди</translation>
    </message>
    <message>
        <source>Name in Latin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished">Партнёрства</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished">Курсы</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offerings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NationalGenerator</name>
    <message>
        <source>%1 already exists; choose a new file name for the generated store.</source>
        <translation>%1 уже существует; выберите новое имя для создаваемого файла данных.</translation>
    </message>
</context>
<context>
    <name>Offering</name>
    <message>
        <source>Choose a semester.</source>
        <translation>Выберите семестр.</translation>
    </message>
    <message>
        <source>Choose Kazakh, Russian or English.</source>
        <translation>Выберите казахский, русский или английский.</translation>
    </message>
    <message>
        <source>Enter a capacity of at least 1, or leave it empty.</source>
        <translation>Введите вместимость не меньше 1 или оставьте поле пустым.</translation>
    </message>
</context>
<context>
    <name>Partnership</name>
    <message>
        <source>The partner must be another institution than the university.</source>
        <translation>Партнёром должна быть другая организация, не сам университет.</translation>
    </message>
    <message>
        <source>Enter the date the agreement was signed.</source>
        <translation>Введите дату подписания соглашения.</translation>
    </message>
    <message>
        <source>Enter zero or more.</source>
        <translation>Введите ноль или больше.</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Choose the person&apos;s roles from the list.</source>
        <translation>Выберите роли человека из списка.</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasmus+ PIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name in Latin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name in Latin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internships offered</source>
        <translation type="unfinished">Предложено стажировок</translation>
    </message>
    <message>
        <source>Students placed</source>
        <translation type="unfinished">Устроено студентов</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title in Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECTS credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accredited on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accredited until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climate-neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender-inclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordType</name>
    <message>
        <source>Project partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTypes</name>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semester</name>
    <message>
        <source>Spring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autumn %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The selected record does not exist.</source>
        <translation>Выбранная запись не существует.</translation>
    </message>
    <message>
        <source>The selected record has been deleted.</source>
        <translation>Выбранная запись удалена.</translation>
    </message>
    <message>
        <source>This value is already used by another record.</source>
        <translation>Это значение уже используется в другой записи.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n поле требует внимания.</numerusform>
            <numerusform>%n поля требуют внимания.</numerusform>
            <numerusform>%n полей требуют внимания.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>Запись больше не существует; возможно, она была удалена.</translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer version of EduFusion Desk (data format %2; this version reads up to %3). Install the newer version to open it; the file has not been changed.</source>
        <translation>Файл данных %1 записан более новой версией EduFusion Desk (формат данных %2; эта версия читает до %3). Установите новую версию, чтобы открыть его; файл не изменён.</translation>
    </message>
    <message>
        <source>The data file %1 is in %2. Files there can be corrupted while they are open; keep the data file on this computer&apos;s own disk.</source>
        <translation>Файл данных %1 находится здесь: %2. Открытые файлы там могут повреждаться; храните файл данных на собственном диске этого компьютера.</translation>
    </message>
    <message>
        <source>The data file %1 cannot be opened: %2</source>
        <translation>Не удаётся открыть файл данных %1: %2</translation>
    </message>
    <message>
        <source>The data file could not be upgraded to data format %1; it has been left as it was. Details: %2</source>
        <translation>Не удалось обновить файл данных до формата %1; он оставлен без изменений. Подробности: %2</translation>
    </message>
    <message>
        <source>The data file is busy in another program; try again in a moment.</source>
        <translation>Файл данных занят другой программой; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The data file reported an error: %1</source>
        <translation>Файл данных сообщил об ошибке: %1</translation>
    </message>
    <message>
        <source>Stopped. The work finished before stopping has been kept.</source>
        <translation>Остановлено. Работа, завершённая до остановки, сохранена.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>a network share</source>
        <translation>сетевая папка</translation>
    </message>
    <message>
        <source>a folder synchronised by %1</source>
        <translation>папка, синхронизируемая %1</translation>
    </message>
</context>
<context>
    <name>TrainingEvent</name>
    <message>
        <source>Enter the city where the event takes place.</source>
        <translation>Введите город проведения мероприятия.</translation>
    </message>
</context>
<context>
    <name>TrainingProgramme</name>
    <message>
        <source>Enter the programme&apos;s hours, from 1 to 2000.</source>
        <translation>Введите часы программы, от 1 до 2000.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>Это поле обязательно.</translation>
    </message>
    <message>
        <source>Choose a record here.</source>
        <translation>Выберите здесь запись.</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>Введите правильную дату.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n character(s).</source>
        <translation>
            <numerusform>Не более %n символа.</numerusform>
            <numerusform>Не более %n символов.</numerusform>
            <numerusform>Не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.kz.</source>
        <translation>Введите адрес электронной почты, например name@example.kz.</translation>
    </message>
    <message>
        <source>Enter a phone number of 7 to 15 digits, such as +7 727 377 33 33.</source>
        <translation>Введите номер телефона из 7–15 цифр, например +7 727 377 33 33.</translation>
    </message>
    <message>
        <source>Enter a web address starting with https://.</source>
        <translation>Введите веб-адрес, начинающийся с https://.</translation>
    </message>
    <message>
        <source>Enter a two-letter country code such as KZ.</source>
        <translation>Введите двухбуквенный код страны, например KZ.</translation>
    </message>
    <message>
        <source>This date cannot be before %1.</source>
        <translation>Эта дата не может быть раньше %1.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Введите число от %1 до %2.</translation>
    </message>
    <message>
        <source>Use Latin letters only here.</source>
        <translation>Здесь используйте только латинские буквы.</translation>
    </message>
    <message>
        <source>Enter the title in at least one language.</source>
        <translation>Введите название хотя бы на одном языке.</translation>
    </message>
</context>
<context>
    <name>ef::AddParticipantsDialog</name>
    <message>
        <source>Add participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find people by name in Cyrillic or Latin and tick everyone who took part. People already recorded are greyed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours attended by each:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Participants not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>add %n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ef::DashboardPage</name>
    <message>
        <source>Partnerships</source>
        <translation>Партнёрства</translation>
    </message>
    <message>
        <source>Training and certification</source>
        <translation>Обучение и сертификация</translation>
    </message>
    <message>
        <source>Course catalogue</source>
        <translation>Каталог курсов</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Signed or active agreements</source>
        <translation>Подписанные или действующие соглашения</translation>
    </message>
    <message>
        <source>Renewals due in 90 days</source>
        <translation>Продление в ближайшие 90 дней</translation>
    </message>
    <message>
        <source>Internships offered</source>
        <translation>Предложено стажировок</translation>
    </message>
    <message>
        <source>Students placed</source>
        <translation>Устроено студентов</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>%1 (target %2)</source>
        <translation>%1 (цель %2)</translation>
    </message>
    <message>
        <source>Educators certified</source>
        <translation>Сертифицированные преподаватели</translation>
    </message>
    <message>
        <source>Certified to an international standard</source>
        <translation>Сертифицированы по международному стандарту</translation>
    </message>
    <message>
        <source>Training events this year</source>
        <translation>Учебные мероприятия в этом году</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Участия</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Accredited courses</source>
        <translation>Аккредитованные курсы</translation>
    </message>
    <message>
        <source>Courses in the catalogue</source>
        <translation>Курсы в каталоге</translation>
    </message>
    <message>
        <source>Enrollments this semester</source>
        <translation>Записи на курсы в этом семестре</translation>
    </message>
    <message>
        <source>Change from last semester</source>
        <translation>Изменение к прошлому семестру</translation>
    </message>
    <message>
        <source>Women among this semester&apos;s students</source>
        <translation>Доля женщин среди студентов семестра</translation>
    </message>
</context>
<context>
    <name>ef::FilterBar</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ef::ListPage</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation>Поиск людей, организаций, соглашений и курсов (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation>Файл данных: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About EduFusion Desk</source>
        <translation>&amp;О программе EduFusion Desk</translation>
    </message>
    <message>
        <source>About EduFusion Desk</source>
        <translation>О программе EduFusion Desk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;EduFusion Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Academia–industry partnerships, educator training and certification, and the STEAM and entrepreneurship course catalogue of the Erasmus+ EduFusion consortium, kept on this computer and usable offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;EduFusion Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Партнёрства вузов и предприятий, обучение и сертификация преподавателей, каталог курсов STEAM и предпринимательства консорциума Erasmus+ EduFusion — хранятся на этом компьютере и доступны без сети.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Партнёрства</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Курсы</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training &amp; certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course catalogue</source>
        <translation type="unfinished">Каталог курсов</translation>
    </message>
    <message>
        <source>Institutions &amp; people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects &amp; indicators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ef::RecordDialog</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of “%1” is not on this computer yet or is damaged; it arrives with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save document as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add many participants at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses taught</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships as contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ef::RecordEditing</name>
    <message>
        <source>Record not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists: it was deleted here or by another office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 “%2”?

You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 “%2”?

These records depend on it and will be deleted with it: %3.

You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ef::RecordForm</name>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Educator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ef::RecordListModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ef::RecordPicker</name>
    <message>
        <source>Type to search…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Academia–industry partnerships, educator certification and the STEAM course catalogue of the EduFusion consortium.</source>
        <translation>Партнёрства вузов и предприятий, сертификация преподавателей и каталог курсов STEAM консорциума EduFusion.</translation>
    </message>
    <message>
        <source>Open this data file instead of the default one.</source>
        <translation>Открыть этот файл данных вместо файла по умолчанию.</translation>
    </message>
    <message>
        <source>Create a national-scale data file for tests and benchmarks, then exit.</source>
        <translation>Создать файл данных национального масштаба для тестов и замеров и выйти.</translation>
    </message>
    <message>
        <source>With --generate-national: the fraction of the national scale (default 1).</source>
        <translation>С --generate-national: доля национального масштаба (по умолчанию 1).</translation>
    </message>
    <message>
        <source>Interface language: kk, ru or en.</source>
        <translation>Язык интерфейса: kk, ru или en.</translation>
    </message>
    <message>
        <source>Generating: %1 %</source>
        <translation>Создание: %1 %</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>В %2 записано строк: %1</translation>
    </message>
    <message>
        <source>Start in this module: dashboard, partnerships, renewals, programmes, events, participations, certificates, courses, offerings, enrollments, institutions, people, projects or indicators.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
