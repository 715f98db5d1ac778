<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AmendCommand</name>
    <message>
        <source>amend %1</source>
        <translation>изменение «%1»</translation>
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
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнёрство</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Контрольная сумма</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Дата добавления</translation>
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
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Заменяет</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <source>Reason for revocation</source>
        <translation>Причина отзыва</translation>
    </message>
    <message>
        <source>Only a superseded certificate has a date and reason of reissue.</source>
        <translation>Дата и причина переоформления бывают только у заменённого сертификата.</translation>
    </message>
    <message>
        <source>Reissued on</source>
        <translation>Дата переоформления</translation>
    </message>
    <message>
        <source>Reason for reissue</source>
        <translation>Причина переоформления</translation>
    </message>
    <message>
        <source>Signed QR code</source>
        <translation>Подписанный QR-код</translation>
    </message>
    <message>
        <source>Open Badges credential</source>
        <translation>Цифровой бейдж Open Badges</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
</context>
<context>
    <name>CertificateAction</name>
    <message>
        <source>Say why.</source>
        <translation>Укажите причину.</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Запись реестра</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>CertificateSignatory</name>
    <message>
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Place on the page</source>
        <translation>Место на странице</translation>
    </message>
    <message>
        <source>A certificate has room for three signatures: 1 to 3.</source>
        <translation>На сертификате есть место для трёх подписей: от 1 до 3.</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>Имя в исходном написании</translation>
    </message>
    <message>
        <source>Name in Latin</source>
        <translation>Имя латиницей</translation>
    </message>
    <message>
        <source>Title in Kazakh</source>
        <translation>Должность на казахском</translation>
    </message>
    <message>
        <source>Title in Russian</source>
        <translation>Должность на русском</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Должность на английском</translation>
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
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <source>Title in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>ECTS credits</source>
        <translation>Кредиты ECTS</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Форма обучения</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Accreditation agency</source>
        <translation>Аккредитационное агентство</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Аккредитация</translation>
    </message>
    <message>
        <source>Accredited on</source>
        <translation>Дата аккредитации</translation>
    </message>
    <message>
        <source>Accredited until</source>
        <translation>Аккредитация до</translation>
    </message>
    <message>
        <source>Climate-neutral</source>
        <translation>Климатически нейтральный</translation>
    </message>
    <message>
        <source>Gender-inclusive</source>
        <translation>Гендерно инклюзивный</translation>
    </message>
    <message>
        <source>Learning outcomes</source>
        <translation>Результаты обучения</translation>
    </message>
</context>
<context>
    <name>CsvReportWriter</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не удаётся записать %1: %2.</translation>
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
        <translation>Оценка ставится только за завершённый или не сданный курс.</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Запись на курс</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Поток курса</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Студент</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Grade (0–100)</source>
        <translation>Оценка (0–100)</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Дата записи</translation>
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
        <translation>Государственный орган</translation>
    </message>
    <message>
        <source>Accreditation agency</source>
        <comment>institution_kind</comment>
        <translation>Аккредитационное агентство</translation>
    </message>
    <message>
        <source>Network</source>
        <comment>institution_kind</comment>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>institution_kind</comment>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Female</source>
        <comment>gender</comment>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Male</source>
        <comment>gender</comment>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Not stated</source>
        <comment>gender</comment>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <comment>partnership_kind</comment>
        <translation>Меморандум о взаимопонимании</translation>
    </message>
    <message>
        <source>Internship agreement</source>
        <comment>partnership_kind</comment>
        <translation>Соглашение о стажировке</translation>
    </message>
    <message>
        <source>Dual education</source>
        <comment>partnership_kind</comment>
        <translation>Дуальное обучение</translation>
    </message>
    <message>
        <source>Joint project</source>
        <comment>partnership_kind</comment>
        <translation>Совместный проект</translation>
    </message>
    <message>
        <source>Research contract</source>
        <comment>partnership_kind</comment>
        <translation>Исследовательский договор</translation>
    </message>
    <message>
        <source>Proposed</source>
        <comment>partnership_status</comment>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <comment>partnership_status</comment>
        <translation>На согласовании</translation>
    </message>
    <message>
        <source>Signed</source>
        <comment>partnership_status</comment>
        <translation>Подписано</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>partnership_status</comment>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>partnership_status</comment>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Terminated</source>
        <comment>partnership_status</comment>
        <translation>Расторгнуто</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>partnership_status</comment>
        <translation>Истёк срок</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <comment>project_role</comment>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Partner</source>
        <comment>project_role</comment>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Associated partner</source>
        <comment>project_role</comment>
        <translation>Ассоциированный партнёр</translation>
    </message>
    <message>
        <source>People</source>
        <comment>indicator_unit</comment>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Percent</source>
        <comment>indicator_unit</comment>
        <translation>Процент</translation>
    </message>
    <message>
        <source>Courses</source>
        <comment>indicator_unit</comment>
        <translation>Курсы</translation>
    </message>
    <message>
        <source>Modules</source>
        <comment>indicator_unit</comment>
        <translation>Модули</translation>
    </message>
    <message>
        <source>Organisations</source>
        <comment>indicator_unit</comment>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Events</source>
        <comment>indicator_unit</comment>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Agreements</source>
        <comment>indicator_unit</comment>
        <translation>Соглашения</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>indicator_unit</comment>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Engineering pedagogy</source>
        <comment>training_topic</comment>
        <translation>Инженерная педагогика</translation>
    </message>
    <message>
        <source>Pedagogical psychology</source>
        <comment>training_topic</comment>
        <translation>Педагогическая психология</translation>
    </message>
    <message>
        <source>Communication</source>
        <comment>training_topic</comment>
        <translation>Коммуникация</translation>
    </message>
    <message>
        <source>Interactive methods</source>
        <comment>training_topic</comment>
        <translation>Интерактивные методы</translation>
    </message>
    <message>
        <source>Reflective practice</source>
        <comment>training_topic</comment>
        <translation>Рефлексивная практика</translation>
    </message>
    <message>
        <source>Entrepreneurship</source>
        <comment>training_topic</comment>
        <translation>Предпринимательство</translation>
    </message>
    <message>
        <source>STEAM</source>
        <comment>training_topic</comment>
        <translation>STEAM</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>training_topic</comment>
        <translation>Другое</translation>
    </message>
    <message>
        <source>National</source>
        <comment>certification_standard</comment>
        <translation>Национальный</translation>
    </message>
    <message>
        <source>International</source>
        <comment>certification_standard</comment>
        <translation>Международный</translation>
    </message>
    <message>
        <source>Workshop</source>
        <comment>event_kind</comment>
        <translation>Семинар</translation>
    </message>
    <message>
        <source>Seminar</source>
        <comment>event_kind</comment>
        <translation>Семинар</translation>
    </message>
    <message>
        <source>Study tour</source>
        <comment>event_kind</comment>
        <translation>Учебный визит</translation>
    </message>
    <message>
        <source>Train-the-Trainer</source>
        <comment>event_kind</comment>
        <translation>Обучение тренеров</translation>
    </message>
    <message>
        <source>Info day</source>
        <comment>event_kind</comment>
        <translation>Информационный день</translation>
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
        <translation>Очно</translation>
    </message>
    <message>
        <source>Online</source>
        <comment>event_mode</comment>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <comment>event_mode</comment>
        <translation>Гибридно</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>participation_result</comment>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Passed</source>
        <comment>participation_result</comment>
        <translation>Сдано</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>participation_result</comment>
        <translation>Не сдано</translation>
    </message>
    <message>
        <source>Valid</source>
        <comment>certificate_status</comment>
        <translation>Действителен</translation>
    </message>
    <message>
        <source>Superseded</source>
        <comment>certificate_status</comment>
        <translation>Заменён</translation>
    </message>
    <message>
        <source>Revoked</source>
        <comment>certificate_status</comment>
        <translation>Отозван</translation>
    </message>
    <message>
        <source>STEAM</source>
        <comment>course_area</comment>
        <translation>STEAM</translation>
    </message>
    <message>
        <source>Entrepreneurship</source>
        <comment>course_area</comment>
        <translation>Предпринимательство</translation>
    </message>
    <message>
        <source>Online</source>
        <comment>course_delivery</comment>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Blended</source>
        <comment>course_delivery</comment>
        <translation>Смешанно</translation>
    </message>
    <message>
        <source>In person</source>
        <comment>course_delivery</comment>
        <translation>Очно</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <comment>accreditation_status</comment>
        <translation>Не подано</translation>
    </message>
    <message>
        <source>Submitted</source>
        <comment>accreditation_status</comment>
        <translation>Подано</translation>
    </message>
    <message>
        <source>Accredited</source>
        <comment>accreditation_status</comment>
        <translation>Аккредитовано</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>accreditation_status</comment>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>accreditation_status</comment>
        <translation>Истёк срок</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <comment>enrollment_status</comment>
        <translation>Записан</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>enrollment_status</comment>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>enrollment_status</comment>
        <translation>Выбыл</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>enrollment_status</comment>
        <translation>Не сдано</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <comment>language</comment>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <comment>language</comment>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <comment>language</comment>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Values entered by hand</source>
        <comment>indicator_measure</comment>
        <translation>Значения, введённые вручную</translation>
    </message>
    <message>
        <source>Accredited courses</source>
        <comment>indicator_measure</comment>
        <translation>Аккредитованные курсы</translation>
    </message>
    <message>
        <source>As written (Cyrillic)</source>
        <comment>holder_script</comment>
        <translation>В исходном написании (кириллица)</translation>
    </message>
    <message>
        <source>In Latin</source>
        <comment>holder_script</comment>
        <translation>Латиницей</translation>
    </message>
    <message>
        <source>As written and in Latin</source>
        <comment>holder_script</comment>
        <translation>В исходном написании и латиницей</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>certificate_action</comment>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Issued in place of another</source>
        <comment>certificate_action</comment>
        <translation>Выдан взамен другого</translation>
    </message>
    <message>
        <source>Replaced by a reissue</source>
        <comment>certificate_action</comment>
        <translation>Заменён переоформленным</translation>
    </message>
    <message>
        <source>Revoked</source>
        <comment>certificate_action</comment>
        <translation>Отозван</translation>
    </message>
    <message>
        <source>People holding a valid certificate</source>
        <comment>indicator_measure</comment>
        <translation>Лица с действующим сертификатом</translation>
    </message>
    <message>
        <source>People who took part in training events</source>
        <comment>indicator_measure</comment>
        <translation>Лица, участвовавшие в учебных мероприятиях</translation>
    </message>
    <message>
        <source>Hours of training attended</source>
        <comment>indicator_measure</comment>
        <translation>Посещённые часы обучения</translation>
    </message>
    <message>
        <source>Training events held</source>
        <comment>indicator_measure</comment>
        <translation>Проведённые учебные мероприятия</translation>
    </message>
    <message>
        <source>Agreements signed</source>
        <comment>indicator_measure</comment>
        <translation>Подписанные соглашения</translation>
    </message>
    <message>
        <source>Internships offered in agreements</source>
        <comment>indicator_measure</comment>
        <translation>Стажировки, предложенные в соглашениях</translation>
    </message>
    <message>
        <source>Students placed through agreements</source>
        <comment>indicator_measure</comment>
        <translation>Студенты, устроенные по соглашениям</translation>
    </message>
    <message>
        <source>Partner organisations with a signed agreement</source>
        <comment>indicator_measure</comment>
        <translation>Организации-партнёры с подписанным соглашением</translation>
    </message>
    <message>
        <source>Courses in the catalogue</source>
        <comment>indicator_measure</comment>
        <translation>Курсы в каталоге</translation>
    </message>
    <message>
        <source>Enrollments in courses</source>
        <comment>indicator_measure</comment>
        <translation>Записи на курсы</translation>
    </message>
    <message>
        <source>People enrolled in courses</source>
        <comment>indicator_measure</comment>
        <translation>Лица, записанные на курсы</translation>
    </message>
    <message>
        <source>The count</source>
        <comment>indicator_formula</comment>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Share of the denominator</source>
        <comment>indicator_formula</comment>
        <translation>Доля от знаменателя</translation>
    </message>
    <message>
        <source>Change from the previous semester</source>
        <comment>indicator_formula</comment>
        <translation>Изменение к предыдущему семестру</translation>
    </message>
    <message>
        <source>Gender</source>
        <comment>report_dimension</comment>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Institution</source>
        <comment>report_dimension</comment>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Region</source>
        <comment>report_dimension</comment>
        <translation>Область</translation>
    </message>
    <message>
        <source>Country</source>
        <comment>report_dimension</comment>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Certification standard</source>
        <comment>report_dimension</comment>
        <translation>Стандарт сертификации</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <comment>report_dimension</comment>
        <translation>Вид мероприятия</translation>
    </message>
    <message>
        <source>Kind of agreement</source>
        <comment>report_dimension</comment>
        <translation>Вид соглашения</translation>
    </message>
    <message>
        <source>Lifecycle status</source>
        <comment>report_dimension</comment>
        <translation>Статус жизненного цикла</translation>
    </message>
    <message>
        <source>Course area</source>
        <comment>report_dimension</comment>
        <translation>Направление курса</translation>
    </message>
    <message>
        <source>Semester</source>
        <comment>report_dimension</comment>
        <translation>Семестр</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>report_dimension</comment>
        <translation>Роль</translation>
    </message>
</context>
<context>
    <name>ErasmusReport</name>
    <message>
        <source>All projects</source>
        <translation>Все проекты</translation>
    </message>
    <message>
        <source>%1, all dates</source>
        <translation>%1, за всё время</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, с %2</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, по %2</translation>
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
        <translation>%1, как доля от: %2</translation>
    </message>
    <message>
        <source>%1, change from %2 to %3</source>
        <translation>%1, изменение с %2 по %3</translation>
    </message>
    <message>
        <source>%1, change from the previous semester</source>
        <translation>%1, изменение к предыдущему семестру</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>How it is counted</source>
        <translation>Как считается</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Значение показателя</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Разбивки</translation>
    </message>
    <message>
        <source>By</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>No institution</source>
        <translation>Без организации</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Event starts</source>
        <translation>Начало мероприятия</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Посещено часов</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Принимающая организация</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Партнёрства</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Университет</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Partner&apos;s country</source>
        <translation>Страна партнёра</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписано</translation>
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
        <source>Courses</source>
        <translation>Курсы</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>ECTS credits</source>
        <translation>Кредиты ECTS</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Форма обучения</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Аккредитация</translation>
    </message>
    <message>
        <source>Accredited on</source>
        <translation>Дата аккредитации</translation>
    </message>
    <message>
        <source>Accredited until</source>
        <translation>Аккредитация до</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Записи на курсы</translation>
    </message>
    <message>
        <source>Course code</source>
        <translation>Код курса</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Семестр</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Дата записи</translation>
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
        <translation>Мероприятие</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>A percentage target cannot be above 100.</source>
        <translation>Целевой процент не может быть больше 100.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Способ измерения</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Исходное значение</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>Values entered by hand have no conditions; leave this empty.</source>
        <translation>У значений, вводимых вручную, нет условий; оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Only a share has a denominator: choose “Share of the denominator” or leave this empty.</source>
        <translation>Знаменатель есть только у доли: выберите «Доля от знаменателя» или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>A share is counted from the records; values entered by hand cannot be one.</source>
        <translation>Доля считается по записям; значения, вводимые вручную, не могут быть долей.</translation>
    </message>
    <message>
        <source>Choose the measure the share is taken of.</source>
        <translation>Выберите меру, от которой берётся доля.</translation>
    </message>
    <message>
        <source>The denominator is counted from the records; choose another measure.</source>
        <translation>Знаменатель считается по записям; выберите другую меру.</translation>
    </message>
    <message>
        <source>A share is measured in percent.</source>
        <translation>Доля измеряется в процентах.</translation>
    </message>
    <message>
        <source>This measure has no semesters, so its change per semester cannot be counted.</source>
        <translation>У этой меры нет семестров, поэтому её изменение за семестр посчитать нельзя.</translation>
    </message>
    <message>
        <source>A change per semester is measured in percent.</source>
        <translation>Изменение за семестр измеряется в процентах.</translation>
    </message>
    <message>
        <source>Only a share has conditions on its denominator; leave this empty.</source>
        <translation>Условия на знаменатель есть только у доли; оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Counted only where</source>
        <translation>Учитывается только там, где</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Значение показателя</translation>
    </message>
    <message>
        <source>Share of</source>
        <translation>Доля от</translation>
    </message>
    <message>
        <source>Share of those where</source>
        <translation>Доля от тех, где</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Считается с</translation>
    </message>
    <message>
        <source>Counted until</source>
        <translation>Считается по</translation>
    </message>
</context>
<context>
    <name>IndicatorValue</name>
    <message>
        <source>Indicator value</source>
        <translation>Значение показателя</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Дата измерения</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
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
    <message>
        <source>Institution</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>Страна (код ISO)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
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
        <translation>Поиск</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Name in Latin</source>
        <translation>Имя латиницей</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Акроним</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Project number</source>
        <translation>Номер проекта</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Исходное значение</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Партнёрства</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Университет</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <source>Renewals due</source>
        <translation>Продление соглашений</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнёрство</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Размер (байт)</translation>
    </message>
    <message>
        <source>Training programmes</source>
        <translation>Программы обучения</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Training events</source>
        <translation>Учебные мероприятия</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Принимающая организация</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Посещено часов</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Курсы</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>ECTS</source>
        <translation>ECTS</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Аккредитация</translation>
    </message>
    <message>
        <source>Offerings</source>
        <translation>Потоки курсов</translation>
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
        <translation>Язык</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Преподаватель</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Мест</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Записи на курсы</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Студент</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Записан</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Courses taught</source>
        <translation>Преподаваемые курсы</translation>
    </message>
    <message>
        <source>Partnerships as contact</source>
        <translation>Партнёрства (контактное лицо)</translation>
    </message>
</context>
<context>
    <name>MeasureCatalog</name>
    <message>
        <source>Educator</source>
        <translation>Преподаватель</translation>
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
        <translation>Контактное лицо от производства</translation>
    </message>
    <message>
        <source>Abai Region</source>
        <translation>Абайская область</translation>
    </message>
    <message>
        <source>Akmola Region</source>
        <translation>Акмолинская область</translation>
    </message>
    <message>
        <source>Aktobe Region</source>
        <translation>Актюбинская область</translation>
    </message>
    <message>
        <source>Almaty</source>
        <translation>Алматы</translation>
    </message>
    <message>
        <source>Almaty Region</source>
        <translation>Алматинская область</translation>
    </message>
    <message>
        <source>Astana</source>
        <translation>Астана</translation>
    </message>
    <message>
        <source>Atyrau Region</source>
        <translation>Атырауская область</translation>
    </message>
    <message>
        <source>East Kazakhstan Region</source>
        <translation>Восточно-Казахстанская область</translation>
    </message>
    <message>
        <source>Karaganda Region</source>
        <translation>Карагандинская область</translation>
    </message>
    <message>
        <source>Kostanay Region</source>
        <translation>Костанайская область</translation>
    </message>
    <message>
        <source>Kyzylorda Region</source>
        <translation>Кызылординская область</translation>
    </message>
    <message>
        <source>Mangystau Region</source>
        <translation>Мангистауская область</translation>
    </message>
    <message>
        <source>North Kazakhstan Region</source>
        <translation>Северо-Казахстанская область</translation>
    </message>
    <message>
        <source>Pavlodar Region</source>
        <translation>Павлодарская область</translation>
    </message>
    <message>
        <source>Shymkent</source>
        <translation>Шымкент</translation>
    </message>
    <message>
        <source>Turkistan Region</source>
        <translation>Туркестанская область</translation>
    </message>
    <message>
        <source>Ulytau Region</source>
        <translation>Улытауская область</translation>
    </message>
    <message>
        <source>West Kazakhstan Region</source>
        <translation>Западно-Казахстанская область</translation>
    </message>
    <message>
        <source>Zhambyl Region</source>
        <translation>Жамбылская область</translation>
    </message>
    <message>
        <source>Zhetysu Region</source>
        <translation>Жетысуская область</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Таджикистан</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Туркменистан</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Кыргызстан</translation>
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
        <translation>Китай</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>Без области</translation>
    </message>
</context>
<context>
    <name>MeasureCondition</name>
    <message>
        <source>Condition %1 (“%2”) is not of the form dimension=value, such as gender=female.</source>
        <translation>Условие %1 («%2») записано не в виде измерение=значение, например gender=female.</translation>
    </message>
    <message>
        <source>Condition %1: “%2” cannot be counted by “%3”; it can be by: %4.</source>
        <translation>Условие %1: «%2» нельзя считать по «%3»; можно по: %4.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничему</translation>
    </message>
    <message>
        <source>Condition %1: “%2” is not a valid value for “%3”.</source>
        <translation>Условие %1: «%2» — недопустимое значение для «%3».</translation>
    </message>
    <message>
        <source>Condition %1: “%2” is not a value of “%3”; choose one of: %4.</source>
        <translation>Условие %1: «%2» — не значение «%3»; выберите одно из: %4.</translation>
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
        <translation>%1 уже существует; выберите новое имя для создаваемого файла данных.</translation>
    </message>
    <message>
        <source>The generated store could not be renamed to %1.</source>
        <translation>Не удалось переименовать созданный файл данных в %1.</translation>
    </message>
</context>
<context>
    <name>Offering</name>
    <message>
        <source>Enter a capacity of at least 1, or leave it empty.</source>
        <translation>Введите вместимость не меньше 1 или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Поток курса</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Семестр</translation>
    </message>
    <message>
        <source>Language of teaching</source>
        <translation>Язык обучения</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Преподаватель</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Мест</translation>
    </message>
</context>
<context>
    <name>OfficeKey</name>
    <message>
        <source>The block of numbers ends before it starts.</source>
        <translation>Блок номеров кончается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>The key certificate is missing.</source>
        <translation>Нет сертификата ключа.</translation>
    </message>
    <message>
        <source>Office signing key</source>
        <translation>Ключ подписи офиса</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Идентификатор ключа</translation>
    </message>
    <message>
        <source>A key id is 16 hexadecimal digits.</source>
        <translation>Идентификатор ключа — 16 шестнадцатеричных цифр.</translation>
    </message>
    <message>
        <source>Signs from</source>
        <translation>Подписывает с</translation>
    </message>
    <message>
        <source>Signs until</source>
        <translation>Подписывает по</translation>
    </message>
    <message>
        <source>First number</source>
        <translation>Первый номер</translation>
    </message>
    <message>
        <source>Numbers run from 1 to 999999.</source>
        <translation>Номера идут от 1 до 999999.</translation>
    </message>
    <message>
        <source>Last number</source>
        <translation>Последний номер</translation>
    </message>
    <message>
        <source>Demo key</source>
        <translation>Демонстрационный ключ</translation>
    </message>
    <message>
        <source>Key certificate</source>
        <translation>Сертификат ключа</translation>
    </message>
</context>
<context>
    <name>Participation</name>
    <message>
        <source>Participation</source>
        <translation>Участие</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Посещено часов</translation>
    </message>
    <message>
        <source>Assessment (0–100)</source>
        <translation>Оценка (0–100)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
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
        <source>Partnership</source>
        <translation>Партнёрство</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Университет</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Internships offered</source>
        <translation>Предложено стажировок</translation>
    </message>
    <message>
        <source>Students placed</source>
        <translation>Направлено студентов</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>PartnershipAmendment</name>
    <message>
        <source>Amendments are numbered from 1.</source>
        <translation>Дополнительные соглашения нумеруются с 1.</translation>
    </message>
    <message>
        <source>The list of changed terms is missing or damaged.</source>
        <translation>Список изменённых условий отсутствует или повреждён.</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Дополнительное соглашение</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнёрство</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date of the amendment</source>
        <translation>Дата дополнительного соглашения</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Changed terms</source>
        <translation>Изменённые условия</translation>
    </message>
    <message>
        <source>Signed document</source>
        <translation>Подписанный документ</translation>
    </message>
</context>
<context>
    <name>PartnershipChanges</name>
    <message>
        <source>An agreement cannot go from “%1” to “%2”.</source>
        <translation>Соглашение не может перейти из статуса «%1» в статус «%2».</translation>
    </message>
    <message>
        <source>This agreement is signed: record the change as an amendment.</source>
        <translation>Соглашение подписано: оформите изменение дополнительным соглашением.</translation>
    </message>
    <message>
        <source>This agreement is not signed yet: edit it directly.</source>
        <translation>Соглашение ещё не подписано: измените его напрямую.</translation>
    </message>
    <message>
        <source>This amendment changes none of the agreement&apos;s terms.</source>
        <translation>Это дополнительное соглашение не меняет ни одного условия.</translation>
    </message>
    <message>
        <source>An amendment cannot be dated before the agreement was signed (%1).</source>
        <translation>Дополнительное соглашение не может быть датировано раньше подписания соглашения (%1).</translation>
    </message>
</context>
<context>
    <name>PartnershipContact</name>
    <message>
        <source>Partnership contact</source>
        <translation>Контактное лицо партнёрства</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнёрство</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не удаётся записать %1: %2.</translation>
    </message>
    <message>
        <source>%1 · page %2</source>
        <translation>%1 · стр. %2</translation>
    </message>
    <message>
        <source>Erasmus+ report</source>
        <translation>Отчёт Erasmus+</translation>
    </message>
    <message>
        <source>Made on %1 with EduFusion Desk from the office&apos;s data.</source>
        <translation>Составлено %1 в EduFusion Desk по данным офиса.</translation>
    </message>
    <message>
        <source>No project chosen, or the project has no indicators.</source>
        <translation>Проект не выбран, или у проекта нет показателей.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows of %1; the workbook and the CSV files have them all.</source>
        <translation>
            <numerusform>Первая %n строка из %1; в книге Excel и файлах CSV есть все.</numerusform>
            <numerusform>Первые %n строки из %1; в книге Excel и файлах CSV есть все.</numerusform>
            <numerusform>Первые %n строк из %1; в книге Excel и файлах CSV есть все.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>За этот период ничего нет.</translation>
    </message>
    <message>
        <source>Progress to the targets (the dashed line is the target)</source>
        <translation>Выполнение целевых значений (пунктир — целевое значение)</translation>
    </message>
    <message>
        <source>%1 by gender</source>
        <translation>%1 по полу</translation>
    </message>
    <message>
        <source>%1 by region</source>
        <translation>%1 по областям</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Choose the person&apos;s roles from the list.</source>
        <translation>Выберите роли человека из списка.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Family name in Latin</source>
        <translation>Фамилия латиницей</translation>
    </message>
    <message>
        <source>Given name in Latin</source>
        <translation>Имя латиницей</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
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
        <translation>Проект</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Акроним</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Project number</source>
        <translation>Номер проекта</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Дата окончания</translation>
    </message>
</context>
<context>
    <name>ProjectPartner</name>
    <message>
        <source>Project partner</source>
        <translation>Партнёр проекта</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
</context>
<context>
    <name>PublishedRevocationList</name>
    <message>
        <source>The signed list is missing.</source>
        <translation>Нет подписанного списка.</translation>
    </message>
    <message>
        <source>Revocation list</source>
        <translation>Список отзыва</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Идентификатор ключа</translation>
    </message>
    <message>
        <source>A key id is 16 hexadecimal digits.</source>
        <translation>Идентификатор ключа — 16 шестнадцатеричных цифр.</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Порядковый номер</translation>
    </message>
    <message>
        <source>The sequence counts from 1.</source>
        <translation>Порядковый номер начинается с 1.</translation>
    </message>
    <message>
        <source>Signed list</source>
        <translation>Подписанный список</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>edit %1</source>
        <translation>правка «%1»</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>создание «%1»</translation>
    </message>
</context>
<context>
    <name>Semester</name>
    <message>
        <source>Spring %1</source>
        <translation>Весна %1</translation>
    </message>
    <message>
        <source>Summer %1</source>
        <translation>Лето %1</translation>
    </message>
    <message>
        <source>Autumn %1</source>
        <translation>Осень %1</translation>
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
    <message>
        <source>Training event</source>
        <translation>Учебное мероприятие</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Принимающая организация</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>Страна (код ISO)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
</context>
<context>
    <name>TrainingProgramme</name>
    <message>
        <source>Enter the programme&apos;s hours, from 1 to 2000.</source>
        <translation>Введите часы программы, от 1 до 2000.</translation>
    </message>
    <message>
        <source>Training programme</source>
        <translation>Программа обучения</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <source>Title in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Certification standard</source>
        <translation>Стандарт сертификации</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>ECTS credits come in half points, such as 1.5.</source>
        <translation>Кредиты ECTS указываются с шагом 0,5, например 1,5.</translation>
    </message>
    <message>
        <source>The hours needed for a certificate cannot exceed the programme&apos;s %1 hours.</source>
        <translation>Часов для сертификата не может быть больше, чем %1 часов программы.</translation>
    </message>
    <message>
        <source>Choose the languages from Kazakh, Russian and English.</source>
        <translation>Выберите языки из казахского, русского и английского.</translation>
    </message>
    <message>
        <source>Each language is listed once.</source>
        <translation>Каждый язык указывается один раз.</translation>
    </message>
    <message>
        <source>There is no certificate design “%1”.</source>
        <translation>Нет оформления сертификата «%1».</translation>
    </message>
    <message>
        <source>ECTS credits</source>
        <translation>Кредиты ECTS</translation>
    </message>
    <message>
        <source>Enter the ECTS credits, from 0 (none) to 60.</source>
        <translation>Введите кредиты ECTS, от 0 (нет) до 60.</translation>
    </message>
    <message>
        <source>Hours to attend for a certificate</source>
        <translation>Часов посещения для сертификата</translation>
    </message>
    <message>
        <source>Enter the hours to attend, from 0 to 2000, or leave it empty for every hour of the event.</source>
        <translation>Введите часы посещения, от 0 до 2000, или оставьте пустым: тогда нужны все часы мероприятия.</translation>
    </message>
    <message>
        <source>Assessment needed for a certificate (0–100)</source>
        <translation>Оценка для сертификата (0–100)</translation>
    </message>
    <message>
        <source>Enter the assessment needed, from 0 to 100, or leave it empty when none is needed.</source>
        <translation>Введите нужную оценку, от 0 до 100, или оставьте пустым, если оценка не нужна.</translation>
    </message>
    <message>
        <source>Certificates valid for (months)</source>
        <translation>Срок действия сертификатов (месяцев)</translation>
    </message>
    <message>
        <source>Enter the months, from 1 to 240, or leave it empty when certificates do not expire.</source>
        <translation>Введите число месяцев, от 1 до 240, или оставьте пустым, если сертификаты бессрочные.</translation>
    </message>
    <message>
        <source>Certificate design</source>
        <translation>Оформление сертификата</translation>
    </message>
    <message>
        <source>Certificate languages</source>
        <translation>Языки сертификата</translation>
    </message>
    <message>
        <source>Holder&apos;s name on certificates</source>
        <translation>Имя владельца на сертификатах</translation>
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
    <message>
        <source>Choose one of the values in the list.</source>
        <translation>Выберите одно из значений списка.</translation>
    </message>
    <message>
        <source>Choose a semester.</source>
        <translation>Выберите семестр.</translation>
    </message>
</context>
<context>
    <name>XlsxReportWriter</name>
    <message>
        <source>Cannot create a temporary folder for the workbook.</source>
        <translation>Не удаётся создать временную папку для книги Excel.</translation>
    </message>
    <message>
        <source>Cannot create the workbook.</source>
        <translation>Не удаётся создать книгу Excel.</translation>
    </message>
    <message>
        <source>Cannot write the workbook: %1.</source>
        <translation>Не удаётся записать книгу Excel: %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не удаётся записать %1: %2.</translation>
    </message>
</context>
<context>
    <name>ef::AddParticipantsDialog</name>
    <message>
        <source>Add participants</source>
        <translation>Добавить участников</translation>
    </message>
    <message>
        <source>Find people by name in Cyrillic or Latin and tick everyone who took part. People already recorded are greyed out.</source>
        <translation>Найдите людей по имени кириллицей или латиницей и отметьте всех, кто участвовал. Уже записанные показаны серым.</translation>
    </message>
    <message>
        <source>Name…</source>
        <translation>Имя…</translation>
    </message>
    <message>
        <source>Find people</source>
        <translation>Поиск людей</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Найденные люди</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Посещено часов</translation>
    </message>
    <message>
        <source>Hours attended by each:</source>
        <translation>Часов посещено каждым:</translation>
    </message>
    <message>
        <source>Already a participant</source>
        <translation>Уже участник</translation>
    </message>
    <message numerus="yes">
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>Добавить %n участника</numerusform>
            <numerusform>Добавить %n участников</numerusform>
            <numerusform>Добавить %n участников</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants not added</source>
        <translation>Участники не добавлены</translation>
    </message>
    <message numerus="yes">
        <source>add %n participant(s)</source>
        <translation>
            <numerusform>добавление %n участника</numerusform>
            <numerusform>добавление %n участников</numerusform>
            <numerusform>добавление %n участников</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ef::AmendmentDialog</name>
    <message>
        <source>Record an amendment</source>
        <translation>Оформить дополнительное соглашение</translation>
    </message>
    <message>
        <source>This agreement is signed, so its terms change only by an amendment. It changes: %1.</source>
        <translation>Это соглашение подписано, поэтому его условия меняются только дополнительным соглашением. Изменяется: %1.</translation>
    </message>
    <message>
        <source>Date of the amendment</source>
        <translation>Дата дополнительного соглашения</translation>
    </message>
    <message>
        <source>Date of the amendment *</source>
        <translation>Дата дополнительного соглашения *</translation>
    </message>
    <message>
        <source>What the amendment changes</source>
        <translation>Что меняет дополнительное соглашение</translation>
    </message>
    <message>
        <source>What it changes *</source>
        <translation>Что меняется *</translation>
    </message>
    <message>
        <source>The signed amendment (optional)</source>
        <translation>Подписанное дополнительное соглашение (необязательно)</translation>
    </message>
    <message>
        <source>Signed document</source>
        <translation>Подписанный документ</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Record the amendment</source>
        <translation>Оформить дополнительное соглашение</translation>
    </message>
    <message>
        <source>The signed amendment</source>
        <translation>Подписанное дополнительное соглашение</translation>
    </message>
    <message>
        <source>Say in a sentence what the amendment changes.</source>
        <translation>Опишите одним предложением, что меняет дополнительное соглашение.</translation>
    </message>
</context>
<context>
    <name>ef::AttendanceSheet</name>
    <message>
        <source>There is no such event.</source>
        <translation>Такого мероприятия нет.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не удаётся записать %1: %2.</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Лист посещаемости</translation>
    </message>
    <message>
        <source>List of participants</source>
        <translation>Список участников</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Даты: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Место: %1</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>Программа: %1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Часов: %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>Дни присутствия</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Посещено часов</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>No participants are recorded yet.</source>
        <translation>Участники ещё не записаны.</translation>
    </message>
    <message>
        <source>I confirm that the people who signed above attended on the days marked.

Organiser&apos;s name and signature: ______________________________    Date: ______________</source>
        <translation>Подтверждаю, что расписавшиеся выше присутствовали в отмеченные дни.

ФИО и подпись организатора: ______________________________    Дата: ______________</translation>
    </message>
</context>
<context>
    <name>ef::CertificateActionDialog</name>
    <message>
        <source>%1 is %2: it cannot be changed so.</source>
        <translation>%1 — %2: так его изменить нельзя.</translation>
    </message>
    <message>
        <source>Choose a certificate in the list first.</source>
        <translation>Сначала выберите сертификат в списке.</translation>
    </message>
    <message>
        <source>Reissue certificate</source>
        <translation>Переоформить сертификат</translation>
    </message>
    <message>
        <source>Revoke certificate</source>
        <translation>Отозвать сертификат</translation>
    </message>
    <message>
        <source>%1 (%2) gets a new number and a new signature; the old certificate is marked as replaced, with the reason below, on every verifier&apos;s list.</source>
        <translation>%1 (%2) получит новый номер и новую подпись; старый сертификат в списке каждого проверяющего будет отмечен как заменённый, с причиной ниже.</translation>
    </message>
    <message>
        <source>%1 (%2) is revoked for good: every verifier that has the revocation list reads it as revoked, with the reason below.</source>
        <translation>%1 (%2) отзывается навсегда: каждый проверяющий со списком отзыва увидит его отозванным, с причиной ниже.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Such as: the holder&apos;s name was misspelt</source>
        <translation>Например: имя владельца написано с ошибкой</translation>
    </message>
    <message>
        <source>Such as: issued by mistake</source>
        <translation>Например: выдан по ошибке</translation>
    </message>
    <message>
        <source>Reissued &amp;on:</source>
        <translation>Дата пере&amp;оформления:</translation>
    </message>
    <message>
        <source>Revoked &amp;on:</source>
        <translation>Дата &amp;отзыва:</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Парольная фраза ключа:</translation>
    </message>
    <message>
        <source>Re&amp;issue</source>
        <translation>Пере&amp;оформить</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Отозвать</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2 are kept.</source>
        <translation>Причина длиной %1 символов; сохраняется не больше %2.</translation>
    </message>
    <message>
        <source>Certificate not reissued</source>
        <translation>Сертификат не переоформлен</translation>
    </message>
    <message>
        <source>Certificate not revoked</source>
        <translation>Сертификат не отозван</translation>
    </message>
    <message>
        <source>reissue %1</source>
        <translation>переоформление %1</translation>
    </message>
    <message>
        <source>revoke %1</source>
        <translation>отзыв %1</translation>
    </message>
</context>
<context>
    <name>ef::CertificateBatchTask</name>
    <message numerus="yes">
        <source>Preparing %n certificate(s)…</source>
        <translation>
            <numerusform>Подготовка %n сертификата…</numerusform>
            <numerusform>Подготовка %n сертификатов…</numerusform>
            <numerusform>Подготовка %n сертификатов…</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no certificates to print.</source>
        <translation>Нет сертификатов для печати.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <source>Certificate %1 of %2: %3</source>
        <translation>Сертификат %1 из %2: %3</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <source>The printer cannot be used.</source>
        <translation>Принтер недоступен.</translation>
    </message>
    <message>
        <source>The printer refused a page.</source>
        <translation>Принтер не принял страницу.</translation>
    </message>
</context>
<context>
    <name>ef::CertificateCheck</name>
    <message>
        <source>“%1” is not a certificate number such as EF-EKTU-2026-000123.</source>
        <translation>«%1» — не номер сертификата вида EF-EKTU-2026-000123.</translation>
    </message>
    <message>
        <source>A number is checked against a data file&apos;s register.</source>
        <translation>Номер проверяется по реестру файла данных.</translation>
    </message>
    <message>
        <source>%1 is not in this data file&apos;s register.</source>
        <translation>%1 нет в реестре этого файла данных.</translation>
    </message>
    <message>
        <source>The picture cannot be read.</source>
        <translation>Не удаётся прочитать изображение.</translation>
    </message>
    <message>
        <source>There is no QR code in the picture.</source>
        <translation>На изображении нет QR-кода.</translation>
    </message>
    <message>
        <source>Give a PDF, a picture, the text of a QR code or a certificate number.</source>
        <translation>Укажите PDF, изображение, текст QR-кода или номер сертификата.</translation>
    </message>
    <message>
        <source>%1 is neither a file, the text of a certificate&apos;s QR code nor a certificate number.</source>
        <translation>%1 — не файл, не текст QR-кода сертификата и не номер сертификата.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>There is no QR code in %1.</source>
        <translation>В %1 нет QR-кода.</translation>
    </message>
</context>
<context>
    <name>ef::CertificateCommand</name>
    <message>
        <source>There is no data file %1.</source>
        <translation>Нет файла данных %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 слишком большой.</translation>
    </message>
    <message>
        <source>%1 is not a JSON file.</source>
        <translation>%1 — не файл JSON.</translation>
    </message>
    <message>
        <source>%1 exists already; it is left as it is.</source>
        <translation>%1 уже существует и оставлен как есть.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Номер: %1</translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation>Владелец: %1</translation>
    </message>
    <message>
        <source>Holder in Latin: %1</source>
        <translation>Владелец латиницей: %1</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>Программа: %1</translation>
    </message>
    <message>
        <source>Event: %1 – %2</source>
        <translation>Мероприятие: %1 – %2</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Часов: %1</translation>
    </message>
    <message>
        <source>ECTS credits: %1</source>
        <translation>Кредиты ECTS: %1</translation>
    </message>
    <message>
        <source>Issued on: %1</source>
        <translation>Выдан: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Действителен до: %1</translation>
    </message>
    <message>
        <source>Replaces: %1</source>
        <translation>Взамен: %1</translation>
    </message>
    <message>
        <source>Signed by: %1, key %2%3</source>
        <translation>Подписан: %1, ключ %2%3</translation>
    </message>
    <message>
        <source> (demo key)</source>
        <translation> (демонстрационный ключ)</translation>
    </message>
    <message>
        <source>Give a PDF, a picture, the text of a QR code or a certificate number to verify.</source>
        <translation>Укажите для проверки PDF, изображение, текст QR-кода или номер сертификата.</translation>
    </message>
    <message>
        <source>Give --event ID or --number N, and --out FOLDER.</source>
        <translation>Укажите --event ID (мероприятие) или --number N (номер сертификата) и --out ПАПКА.</translation>
    </message>
    <message>
        <source>%1 is not in this data file&apos;s register.</source>
        <translation>%1 нет в реестре этого файла данных.</translation>
    </message>
    <message>
        <source>“%1” is not an event&apos;s id.</source>
        <translation>«%1» — не идентификатор мероприятия.</translation>
    </message>
    <message>
        <source>The event has no valid certificates.</source>
        <translation>У мероприятия нет действительных сертификатов.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written.</source>
        <translation>
            <numerusform>Записан %n сертификат.</numerusform>
            <numerusform>Записано %n сертификата.</numerusform>
            <numerusform>Записано %n сертификатов.</numerusform>
        </translation>
    </message>
    <message>
        <source>This data file trusts no consortium root key.</source>
        <translation>Этот файл данных не доверяет ни одному корневому ключу консорциума.</translation>
    </message>
    <message>
        <source>Root key %1%2</source>
        <translation>Корневой ключ %1%2</translation>
    </message>
    <message>
        <source>The passphrase (EDUFUSION_PASSPHRASE or the first line of standard input) must have at least 8 characters.</source>
        <translation>Парольная фраза (EDUFUSION_PASSPHRASE или первая строка стандартного ввода) должна быть не короче 8 символов.</translation>
    </message>
    <message>
        <source>Give the root key&apos;s file: --key-file FILE.</source>
        <translation>Укажите файл корневого ключа: --key-file ФАЙЛ.</translation>
    </message>
    <message>
        <source>Root key %1 written to %2, sealed with the passphrase. Keep the file and the passphrase apart, on computers that never go online.</source>
        <translation>Корневой ключ %1 записан в %2 и запечатан парольной фразой. Храните файл и фразу раздельно, на компьютерах, которые никогда не выходят в сеть.</translation>
    </message>
    <message>
        <source>Give the office&apos;s code (--office EKTU: capital letters and digits) and the request file to write (--request FILE).</source>
        <translation>Укажите код офиса (--office EKTU: заглавные буквы и цифры) и файл запроса (--request ФАЙЛ).</translation>
    </message>
    <message>
        <source>Key %1 of %2 made and sealed in %3. Send %4 to the consortium&apos;s coordinator to certify.</source>
        <translation>Ключ %1 офиса %2 создан и запечатан в %3. Отправьте %4 координатору консорциума для сертификации.</translation>
    </message>
    <message>
        <source>%1 is not a root key.</source>
        <translation>%1 — не корневой ключ.</translation>
    </message>
    <message>
        <source>%1 is not a key request.</source>
        <translation>%1 — не запрос ключа.</translation>
    </message>
    <message>
        <source>This key is certified already.</source>
        <translation>Этот ключ уже сертифицирован.</translation>
    </message>
    <message>
        <source>The office %1 has no numbers left to give.</source>
        <translation>У офиса %1 не осталось свободных номеров.</translation>
    </message>
    <message>
        <source>The root has not certified a key %1.</source>
        <translation>Ключ %1 не сертифицирован этим корневым ключом.</translation>
    </message>
    <message>
        <source>The key&apos;s last day comes before its first.</source>
        <translation>Последний день ключа раньше первого.</translation>
    </message>
    <message>
        <source>Key %1 of %2 certified from %3 to %4 for numbers %5 to %6; certificate written to %7.</source>
        <translation>Ключ %1 офиса %2 сертифицирован с %3 по %4 на номера с %5 по %6; сертификат записан в %7.</translation>
    </message>
    <message>
        <source>Key %1 of %2 retired: it signs until %4 (from %3), numbers %5 to %6; certificate written to %7.</source>
        <translation>Ключ %1 офиса %2 выведен из работы: подписывает по %4 (с %3), номера с %5 по %6; сертификат записан в %7.</translation>
    </message>
    <message>
        <source>Key %1 of %2 may sign from %3 to %4.</source>
        <translation>Ключ %1 офиса %2 может подписывать с %3 по %4.</translation>
    </message>
    <message>
        <source>A demo root is trusted by demo data only; it is left out.</source>
        <translation>Демонстрационному корневому ключу доверяют только демонстрационные данные; он пропущен.</translation>
    </message>
    <message>
        <source>Root key %1 trusted.</source>
        <translation>Корневой ключ %1 теперь доверенный.</translation>
    </message>
    <message numerus="yes">
        <source>%n office key(s) taken in.</source>
        <translation>
            <numerusform>Принят %n ключ офиса.</numerusform>
            <numerusform>Принято %n ключа офисов.</numerusform>
            <numerusform>Принято %n ключей офисов.</numerusform>
        </translation>
    </message>
    <message>
        <source>  retired</source>
        <translation>  выведен из работы</translation>
    </message>
    <message>
        <source>  demo</source>
        <translation>  демо</translation>
    </message>
    <message>
        <source>  on this computer</source>
        <translation>  на этом компьютере</translation>
    </message>
    <message>
        <source>Unknown key ceremony action “%1”: use one of %2.</source>
        <translation>Неизвестное действие с ключами «%1»: используйте одно из %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n office key(s) written to %1</source>
        <translation>
            <numerusform>%n ключ офиса записан в %1</numerusform>
            <numerusform>%n ключа офисов записаны в %1</numerusform>
            <numerusform>%n ключей офисов записаны в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revocation list(s) written to %1</source>
        <translation>
            <numerusform>%n список отзыва записан в %1</numerusform>
            <numerusform>%n списка отзыва записаны в %1</numerusform>
            <numerusform>%n списков отзыва записаны в %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ef::CertificateEligibility</name>
    <message>
        <source>The event no longer exists.</source>
        <translation>Мероприятия больше нет.</translation>
    </message>
    <message>
        <source>“%1” belongs to no training programme, so there is nothing to certify it against.</source>
        <translation>«%1» не относится ни к одной программе обучения, поэтому сертификаты по нему не выдаются.</translation>
    </message>
    <message>
        <source>Already holds certificate %1.</source>
        <translation>Уже имеет сертификат %1.</translation>
    </message>
    <message>
        <source>Did not pass the event.</source>
        <translation>Не прошёл мероприятие.</translation>
    </message>
    <message>
        <source>Attended %1 of the %2 hours needed.</source>
        <translation>Посетил %1 из %2 нужных часов.</translation>
    </message>
    <message>
        <source>No assessment is recorded; %1 is needed.</source>
        <translation>Оценка не записана; нужно %1.</translation>
    </message>
    <message>
        <source>Assessment %1 is below the %2 needed.</source>
        <translation>Оценка %1 ниже нужной %2.</translation>
    </message>
    <message>
        <source>The name in Latin script is missing.</source>
        <translation>Нет имени латиницей.</translation>
    </message>
</context>
<context>
    <name>ef::CertificateKeys</name>
    <message>
        <source>A root key is 32 bytes long.</source>
        <translation>Длина корневого ключа — 32 байта.</translation>
    </message>
    <message>
        <source>This data file trusts no consortium root key yet.</source>
        <translation>Этот файл данных пока не доверяет ни одному корневому ключу консорциума.</translation>
    </message>
    <message>
        <source>The key certificate is not signed by a root key this data file trusts.</source>
        <translation>Сертификат ключа не подписан корневым ключом, которому доверяет этот файл данных.</translation>
    </message>
    <message>
        <source>This data file has no institution of its own yet to keep the key under: sign in to the consortium&apos;s server first.</source>
        <translation>У этого файла данных ещё нет своей организации, за которой закрепить ключ: сначала войдите на сервер консорциума.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Выберите парольную фразу не короче 8 символов.</translation>
    </message>
    <message>
        <source>There is not enough memory to seal the key.</source>
        <translation>Недостаточно памяти, чтобы запечатать ключ.</translation>
    </message>
    <message>
        <source>This computer holds no key %1.</source>
        <translation>На этом компьютере нет ключа %1.</translation>
    </message>
    <message>
        <source>This key is kept in the system&apos;s keychain.</source>
        <translation>Этот ключ хранится в системном хранилище ключей.</translation>
    </message>
</context>
<context>
    <name>ef::CertificateOutputDialog</name>
    <message>
        <source>Certificates not written</source>
        <translation>Сертификаты не записаны</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n certificate(s)…</source>
        <translation>
            <numerusform>Запись %n сертификата…</numerusform>
            <numerusform>Запись %n сертификатов…</numerusform>
            <numerusform>Запись %n сертификатов…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ef::CertificatePdf</name>
    <message>
        <source>No PDF is being written.</source>
        <translation>PDF сейчас не записывается.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <source>%1 is in use and cannot be replaced.</source>
        <translation>%1 используется, его нельзя заменить.</translation>
    </message>
</context>
<context>
    <name>ef::CertificateRegister</name>
    <message>
        <source>this computer&apos;s user</source>
        <translation>пользователь этого компьютера</translation>
    </message>
    <message>
        <source>The numbers this computer&apos;s key may give in %1 (%2 to %3) are used up: ask the consortium&apos;s coordinator for a new key certificate.</source>
        <translation>Номера, которые ключ этого компьютера может выдать в %1 году (с %2 по %3), закончились: запросите у координатора консорциума новый сертификат ключа.</translation>
    </message>
    <message>
        <source>The event or the participant no longer exists.</source>
        <translation>Мероприятия или участника больше нет.</translation>
    </message>
    <message>
        <source>The event belongs to no training programme.</source>
        <translation>Мероприятие не относится ни к одной программе обучения.</translation>
    </message>
    <message>
        <source>The name of %1 is too long for the certificate&apos;s QR code.</source>
        <translation>Имя %1 слишком длинное для QR-кода сертификата.</translation>
    </message>
    <message>
        <source>This computer&apos;s key may not sign on %1.</source>
        <translation>Ключ этого компьютера не может подписывать %1.</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation>Мероприятия больше нет.</translation>
    </message>
    <message>
        <source>This computer&apos;s key signs for %1, the event is another office&apos;s.</source>
        <translation>Ключ этого компьютера подписывает за %1, а мероприятие принадлежит другому офису.</translation>
    </message>
    <message>
        <source>Choose whom to issue certificates to.</source>
        <translation>Выберите, кому выдать сертификаты.</translation>
    </message>
    <message>
        <source>The certificate no longer exists.</source>
        <translation>Сертификата больше нет.</translation>
    </message>
    <message>
        <source>Only a valid certificate can be reissued; %1 is %2.</source>
        <translation>Переоформить можно только действительный сертификат; %1 — %2.</translation>
    </message>
    <message>
        <source>Say why the certificate is reissued.</source>
        <translation>Укажите, почему сертификат переоформляется.</translation>
    </message>
    <message>
        <source>%1 names no event, so it cannot be reissued here.</source>
        <translation>%1 не связан с мероприятием, поэтому здесь его не переоформить.</translation>
    </message>
    <message>
        <source>%1 is revoked already.</source>
        <translation>%1 уже отозван.</translation>
    </message>
    <message>
        <source>Say why the certificate is revoked.</source>
        <translation>Укажите, почему сертификат отзывается.</translation>
    </message>
    <message>
        <source>A revocation is signed: unlock this computer&apos;s key first.</source>
        <translation>Отзыв подписывается: сначала разблокируйте ключ этого компьютера.</translation>
    </message>
    <message>
        <source>This has already gone to the server and stays: revoke or reissue the certificate instead.</source>
        <translation>Это уже отправлено на сервер и останется: вместо этого отзовите или переоформите сертификат.</translation>
    </message>
    <message>
        <source>The holder of %1 no longer exists.</source>
        <translation>Владельца %1 больше нет.</translation>
    </message>
</context>
<context>
    <name>ef::CertificateTemplate</name>
    <message>
        <source>unknown field “%1”</source>
        <translation>неизвестное поле «%1»</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>должно быть числом</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>должно быть от %1 до %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>должно быть текстом</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>должно быть одним из: %1</translation>
    </message>
    <message>
        <source>must be a colour written #RRGGBB, not “%1”</source>
        <translation>должен быть цветом в виде #RRGGBB, а не «%1»</translation>
    </message>
    <message>
        <source>unknown field “{%1}”</source>
        <translation>неизвестное поле «{%1}»</translation>
    </message>
    <message>
        <source>reaches beyond its page or block (%1 × %2 mm)</source>
        <translation>выходит за пределы страницы или блока (%1 × %2 мм)</translation>
    </message>
    <message>
        <source>must name an SVG file in the logos folder, not “%1”</source>
        <translation>должен называть SVG-файл в папке логотипов, а не «%1»</translation>
    </message>
    <message>
        <source>there is no logo “%1”</source>
        <translation>логотипа «%1» нет</translation>
    </message>
    <message>
        <source>reaches beyond its page</source>
        <translation>выходит за пределы страницы</translation>
    </message>
    <message>
        <source>must be a list of elements</source>
        <translation>должен быть списком элементов</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, field %2: %3</source>
        <translation>%1, поле %2: %3</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>не читается: %1</translation>
    </message>
    <message>
        <source>is larger than 1 MB</source>
        <translation>больше 1 МБ</translation>
    </message>
    <message>
        <source>is not valid JSON at byte %1: %2</source>
        <translation>не является корректным JSON в байте %1: %2</translation>
    </message>
    <message>
        <source>is not a certificate template</source>
        <translation>не является шаблоном сертификата</translation>
    </message>
    <message>
        <source>must give the design&apos;s name in kk, ru and en</source>
        <translation>должен указывать название дизайна на kk, ru и en</translation>
    </message>
    <message>
        <source>must place exactly one QR code (type “qr”), not %1</source>
        <translation>должен размещать ровно один QR-код (тип «qr»), а не %1</translation>
    </message>
    <message>
        <source>is not one of the certificate designs</source>
        <translation>не является одним из дизайнов сертификата</translation>
    </message>
</context>
<context>
    <name>ef::CertificateTexts</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at byte %2: %3</source>
        <translation>%1 не является корректным JSON в байте %2: %3</translation>
    </message>
    <message>
        <source>%1 is not a file of certificate texts.</source>
        <translation>%1 не является файлом текстов сертификата.</translation>
    </message>
    <message>
        <source>%1: the text “%2” has no %3 version.</source>
        <translation>%1: у текста «%2» нет версии %3.</translation>
    </message>
    <message>
        <source>%1: the date format “%2” has no %3 version.</source>
        <translation>%1: у формата даты «%2» нет версии %3.</translation>
    </message>
</context>
<context>
    <name>ef::CertificateUi</name>
    <message>
        <source>&amp;Verify a certificate</source>
        <translation>&amp;Проверить сертификат</translation>
    </message>
    <message>
        <source>&amp;Issue certificates for an event…</source>
        <translation>&amp;Выдать сертификаты по мероприятию…</translation>
    </message>
    <message>
        <source>&amp;Reissue certificate…</source>
        <translation>Пере&amp;оформить сертификат…</translation>
    </message>
    <message>
        <source>Re&amp;voke certificate…</source>
        <translation>&amp;Отозвать сертификат…</translation>
    </message>
    <message>
        <source>&amp;Print certificates…</source>
        <translation>&amp;Печать сертификатов…</translation>
    </message>
    <message>
        <source>&amp;Export certificates as PDF files…</source>
        <translation>&amp;Экспорт сертификатов в файлы PDF…</translation>
    </message>
    <message>
        <source>Export certificates as &amp;one PDF file…</source>
        <translation>Экспорт сертификатов в &amp;один файл PDF…</translation>
    </message>
    <message>
        <source>Certificate &amp;designs…</source>
        <translation>&amp;Оформления сертификатов…</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>&amp;Сертификаты</translation>
    </message>
    <message>
        <source>Print certificates</source>
        <translation>Печать сертификатов</translation>
    </message>
    <message>
        <source>Choose a certificate in the list of certificates, or an event whose valid certificates to print.</source>
        <translation>Выберите сертификат в списке сертификатов или мероприятие, действительные сертификаты которого нужно напечатать.</translation>
    </message>
    <message numerus="yes">
        <source>Print %n certificate(s)</source>
        <translation>
            <numerusform>Печать %n сертификата</numerusform>
            <numerusform>Печать %n сертификатов</numerusform>
            <numerusform>Печать %n сертификатов</numerusform>
        </translation>
    </message>
    <message>
        <source>Export certificates</source>
        <translation>Экспорт сертификатов</translation>
    </message>
    <message>
        <source>Choose a certificate in the list of certificates, or an event whose valid certificates to export.</source>
        <translation>Выберите сертификат в списке сертификатов или мероприятие, действительные сертификаты которого нужно экспортировать.</translation>
    </message>
    <message>
        <source>Export certificates as one PDF file</source>
        <translation>Экспорт сертификатов в один файл PDF</translation>
    </message>
    <message>
        <source>certificates.pdf</source>
        <translation>сертификаты.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export certificates into a folder</source>
        <translation>Экспорт сертификатов в папку</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>сертификаты</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written to %1</source>
        <translation>
            <numerusform>%n сертификат записан в %1</numerusform>
            <numerusform>%n сертификата записаны в %1</numerusform>
            <numerusform>%n сертификатов записаны в %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ef::CertificateVerifier</name>
    <message>
        <source>Valid</source>
        <translation>Действителен</translation>
    </message>
    <message>
        <source>Tampered</source>
        <translation>Подделан</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Заменён</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истёк срок</translation>
    </message>
    <message>
        <source>Unknown issuer</source>
        <translation>Неизвестный выдавший</translation>
    </message>
    <message>
        <source>Not a certificate</source>
        <translation>Не сертификат</translation>
    </message>
    <message>
        <source>The signature is the consortium&apos;s and the certificate is in force.</source>
        <translation>Подпись принадлежит консорциуму, сертификат действителен.</translation>
    </message>
    <message>
        <source>The certificate&apos;s content was changed after it was signed.</source>
        <translation>Содержимое сертификата изменено после подписания.</translation>
    </message>
    <message>
        <source>The code is damaged or was changed: it cannot be read as a certificate.</source>
        <translation>Код повреждён или изменён: его нельзя прочитать как сертификат.</translation>
    </message>
    <message>
        <source>The certificate was revoked on %1.</source>
        <translation>Сертификат отозван %1.</translation>
    </message>
    <message>
        <source>The certificate was revoked.</source>
        <translation>Сертификат отозван.</translation>
    </message>
    <message>
        <source>The certificate was replaced by a reissued one.</source>
        <translation>Сертификат заменён переизданным.</translation>
    </message>
    <message>
        <source>The certificate was replaced by certificate %1.</source>
        <translation>Сертификат заменён сертификатом %1.</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>Срок действия сертификата истёк %1.</translation>
    </message>
    <message>
        <source>The key that signed it was not entitled to give this number or date.</source>
        <translation>Подписавший его ключ не имел права выдавать этот номер или дату.</translation>
    </message>
    <message>
        <source>It was signed by a key that the consortium&apos;s root key has not certified, or that this computer does not know yet.</source>
        <translation>Он подписан ключом, который не сертифицирован корневым ключом консорциума или ещё неизвестен этому компьютеру.</translation>
    </message>
    <message>
        <source>This is not an EduFusion certificate code.</source>
        <translation>Это не код сертификата EduFusion.</translation>
    </message>
    <message>
        <source>It was signed with a demo key: it is not a real certificate.</source>
        <translation>Он подписан демонстрационным ключом: это не настоящий сертификат.</translation>
    </message>
</context>
<context>
    <name>ef::ChartCard</name>
    <message>
        <source>Save this chart as a PNG or SVG file</source>
        <translation>Сохранить диаграмму в файл PNG или SVG</translation>
    </message>
    <message>
        <source>Copy this chart to the clipboard</source>
        <translation>Скопировать диаграмму в буфер обмена</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Сохранение диаграммы</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>The chart cannot be written to %1.</source>
        <translation>Не удаётся записать диаграмму в %1.</translation>
    </message>
</context>
<context>
    <name>ef::ConditionsDialog</name>
    <message>
        <source>Remove this condition</source>
        <translation>Удалить это условие</translation>
    </message>
    <message>
        <source>Counted only where</source>
        <translation>Учитывается только там, где</translation>
    </message>
    <message>
        <source>“%1” has no conditions to choose.</source>
        <translation>У «%1» нет условий для выбора.</translation>
    </message>
    <message>
        <source>Count “%1” only where every condition below holds.</source>
        <translation>Учитывать «%1» только там, где выполнены все условия ниже.</translation>
    </message>
    <message>
        <source>&amp;Add a condition</source>
        <translation>&amp;Добавить условие</translation>
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
        <translation>%1 (запись удалена или её нет на этом компьютере)</translation>
    </message>
    <message>
        <source>the whole record</source>
        <translation>вся запись</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>a new record</source>
        <translation>новая запись</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>не удалено</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>a record not on this computer</source>
        <translation>запись, которой нет на этом компьютере</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>отклонено сервером</translation>
    </message>
    <message>
        <source>not taken here</source>
        <translation>не принято здесь</translation>
    </message>
    <message>
        <source>status went further elsewhere</source>
        <translation>статус продвинулся дальше в другом месте</translation>
    </message>
    <message>
        <source>edited here, deleted elsewhere</source>
        <translation>изменено здесь, удалено в другом месте</translation>
    </message>
    <message>
        <source>edited in two places</source>
        <translation>изменено в двух местах</translation>
    </message>
    <message>
        <source>%1 — needs review</source>
        <translation>%1 — требует проверки</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этот компьютер</translation>
    </message>
    <message>
        <source>another office&apos;s computer (%1)</source>
        <translation>компьютер другого офиса (%1)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Lost or refused value</source>
        <translation>Утраченное или отклонённое значение</translation>
    </message>
    <message>
        <source>Value that stands</source>
        <translation>Действующее значение</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Где записано</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
</context>
<context>
    <name>ef::ConflictsPage</name>
    <message>
        <source>Nothing to review: every change has synced cleanly.</source>
        <translation>Проверять нечего: все изменения синхронизированы без конфликтов.</translation>
    </message>
    <message>
        <source>Select a row to see both values.</source>
        <translation>Выберите строку, чтобы увидеть оба значения.</translation>
    </message>
    <message>
        <source>The server refused this change; your value stays on this computer. Dismiss it once you have seen it.</source>
        <translation>Сервер отклонил это изменение; ваше значение остаётся на этом компьютере. Скройте строку, когда ознакомитесь.</translation>
    </message>
    <message>
        <source>Only the lost value of a conflict can be restored.</source>
        <translation>Восстановить можно только утраченное значение конфликта.</translation>
    </message>
    <message>
        <source>Write the lost value back; it syncs as a new edit</source>
        <translation>Вернуть утраченное значение; оно синхронизируется как новое изменение</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, field &lt;b&gt;%2&lt;/b&gt;: %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, поле &lt;b&gt;%2&lt;/b&gt;: %3.</translation>
    </message>
    <message>
        <source>Value not kept: &lt;b&gt;%1&lt;/b&gt;, written on %2 at %3.</source>
        <translation>Утраченное значение: &lt;b&gt;%1&lt;/b&gt; (где записано: %2; когда: %3).</translation>
    </message>
    <message>
        <source>Value that stands: &lt;b&gt;%1&lt;/b&gt;, written on %2 at %3.</source>
        <translation>Действующее значение: &lt;b&gt;%1&lt;/b&gt; (где записано: %2; когда: %3).</translation>
    </message>
    <message>
        <source>Value: &lt;b&gt;%1&lt;/b&gt;. %2</source>
        <translation>Значение: &lt;b&gt;%1&lt;/b&gt;. %2</translation>
    </message>
    <message>
        <source>Your value is kept on this computer.</source>
        <translation>Ваше значение сохранено на этом компьютере.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Не восстановлено</translation>
    </message>
    <message>
        <source>Not dismissed</source>
        <translation>Не скрыто</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Конфликты для проверки</translation>
    </message>
    <message>
        <source>When two offices changed the same field, the later change stands and the other is kept here: restore it, or dismiss it. Changes the server refused are listed too; their values stay on this computer.</source>
        <translation>Если два офиса изменили одно и то же поле, остаётся более позднее изменение, а другое хранится здесь: восстановите его или скройте. Здесь же перечислены изменения, отклонённые сервером; их значения остаются на этом компьютере.</translation>
    </message>
    <message>
        <source>&amp;Restore the lost value</source>
        <translation>&amp;Восстановить утраченное значение</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>С&amp;крыть</translation>
    </message>
    <message>
        <source>Keep the value that stands and take this off the list</source>
        <translation>Оставить действующее значение и убрать строку из списка</translation>
    </message>
    <message>
        <source>Open the &amp;record</source>
        <translation>&amp;Открыть запись</translation>
    </message>
</context>
<context>
    <name>ef::DashboardPage</name>
    <message>
        <source>All projects</source>
        <translation>Все проекты</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>Все организации</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все области</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Проект:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Область:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>П&amp;о:</translation>
    </message>
    <message>
        <source>&amp;Breakdown of:</source>
        <translation>&amp;Разбивка:</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>любой день</translation>
    </message>
    <message numerus="yes">
        <source>Counted in %n ms; the charts follow every change.</source>
        <translation>
            <numerusform>Подсчитано за %n мс; диаграммы следуют за каждым изменением.</numerusform>
            <numerusform>Подсчитано за %n мс; диаграммы следуют за каждым изменением.</numerusform>
            <numerusform>Подсчитано за %n мс; диаграммы следуют за каждым изменением.</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress to the targets: choose a project</source>
        <translation>Выполнение целевых значений: выберите проект</translation>
    </message>
    <message>
        <source>%1: progress to each target, % of the target</source>
        <translation>%1: выполнение каждого целевого значения, % от целевого значения</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>Per semester</source>
        <translation>По семестрам</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 by gender</source>
        <translation>%1 по полу</translation>
    </message>
    <message>
        <source>No institution</source>
        <translation>Без организации</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Прочие</translation>
    </message>
    <message>
        <source>%1 by institution (the ten largest)</source>
        <translation>%1 по организациям (десять крупнейших)</translation>
    </message>
    <message>
        <source>%1 by region</source>
        <translation>%1 по областям</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Без страны</translation>
    </message>
    <message>
        <source>%1 by country</source>
        <translation>%1 по странам</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <source>Agreements by lifecycle status</source>
        <translation>Соглашения по статусу жизненного цикла</translation>
    </message>
</context>
<context>
    <name>ef::DemoData</name>
    <message>
        <source>The demo data goes only into a new, empty data file.</source>
        <translation>Демонстрационные данные записываются только в новый, пустой файл данных.</translation>
    </message>
</context>
<context>
    <name>ef::EligibilityModel</name>
    <message>
        <source>Eligible</source>
        <translation>Может получить</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>Не может получить: %1</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Посещено часов</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
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
        <translation>Поиск (Ctrl+F)</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1: все</translation>
    </message>
    <message>
        <source>From: any date</source>
        <translation>С: любая дата</translation>
    </message>
    <message>
        <source>To: any date</source>
        <translation>По: любая дата</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
</context>
<context>
    <name>ef::IndicatorEditor</name>
    <message>
        <source>Choose the conditions from the measure&apos;s dimensions…</source>
        <translation>Выбрать условия из измерений меры…</translation>
    </message>
</context>
<context>
    <name>ef::IssueCertificatesDialog</name>
    <message>
        <source>Issue certificates</source>
        <translation>Выдача сертификатов</translation>
    </message>
    <message>
        <source>Everyone who attended the hours and reached the assessment the programme asks for is ticked. Untick anyone who should not receive a certificate now; the others show why they are not eligible.</source>
        <translation>Отмечены все, кто посетил нужные часы и получил оценку, которых требует программа. Снимите отметку с тех, кому сейчас не нужно выдавать сертификат; у остальных указано, почему они не могут его получить.</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Мероприятие:</translation>
    </message>
    <message>
        <source>Issued &amp;on:</source>
        <translation>Дата &amp;выдачи:</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Парольная фраза ключа:</translation>
    </message>
    <message>
        <source>Participants and their eligibility</source>
        <translation>Участники и право на сертификат</translation>
    </message>
    <message>
        <source>No training event belongs to a programme.</source>
        <translation>Ни одно учебное мероприятие не относится к программе.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 participant(s) eligible.</source>
        <translation>
            <numerusform>Может получить %n из %1 участников.</numerusform>
            <numerusform>Могут получить %n из %1 участников.</numerusform>
            <numerusform>Могут получить %n из %1 участников.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Issue %n certificate(s)</source>
        <translation>
            <numerusform>&amp;Выдать %n сертификат</numerusform>
            <numerusform>&amp;Выдать %n сертификата</numerusform>
            <numerusform>&amp;Выдать %n сертификатов</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates not issued</source>
        <translation>Сертификаты не выданы</translation>
    </message>
    <message numerus="yes">
        <source>issue %n certificate(s)</source>
        <translation>
            <numerusform>выдача %n сертификата</numerusform>
            <numerusform>выдача %n сертификатов</numerusform>
            <numerusform>выдача %n сертификатов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ef::KeyFile</name>
    <message>
        <source>This is not an EduFusion key file.</source>
        <translation>Это не файл ключа EduFusion.</translation>
    </message>
    <message>
        <source>The key file&apos;s kind “%1” is neither root nor office.</source>
        <translation>Вид файла ключа «%1» — ни корневой, ни офисный.</translation>
    </message>
    <message>
        <source>The key file&apos;s public key or key id is damaged.</source>
        <translation>Открытый ключ или идентификатор ключа в файле повреждён.</translation>
    </message>
    <message>
        <source>The office key file names no office.</source>
        <translation>В файле ключа офиса не указан офис.</translation>
    </message>
    <message>
        <source>The key file&apos;s encryption is damaged or of an unknown kind.</source>
        <translation>Шифрование файла ключа повреждено или неизвестного вида.</translation>
    </message>
    <message>
        <source>There is not enough memory to open the key file.</source>
        <translation>Недостаточно памяти, чтобы открыть файл ключа.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the key file was changed.</source>
        <translation>Неверная парольная фраза, или файл ключа изменён.</translation>
    </message>
    <message>
        <source>The key file&apos;s public key does not belong to its secret key.</source>
        <translation>Открытый ключ файла не соответствует его секретному ключу.</translation>
    </message>
</context>
<context>
    <name>ef::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
</context>
<context>
    <name>ef::ListPage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Новая</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>Открыть выбранную запись</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Удалить выбранную запись</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
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
        <translation>Модули</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Новая запись</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Открыть запись</translation>
    </message>
    <message>
        <source>&amp;Delete record</source>
        <translation>&amp;Удалить запись</translation>
    </message>
    <message>
        <source>&amp;Search everywhere</source>
        <translation>&amp;Искать везде</translation>
    </message>
    <message>
        <source>&amp;Filter this list</source>
        <translation>&amp;Фильтр списка</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>Training &amp; certification</source>
        <translation>Обучение и сертификация</translation>
    </message>
    <message>
        <source>Course catalogue</source>
        <translation>Каталог курсов</translation>
    </message>
    <message>
        <source>Institutions &amp; people</source>
        <translation>Организации и люди</translation>
    </message>
    <message>
        <source>Projects &amp; indicators</source>
        <translation>Проекты и показатели</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>Проверка сертификата</translation>
    </message>
    <message>
        <source>&amp;Export the Erasmus+ report…</source>
        <translation>&amp;Экспорт отчёта Erasmus+…</translation>
    </message>
</context>
<context>
    <name>ef::NationalCommand</name>
    <message>
        <source>Give the file to make: --generate-national FILE.</source>
        <translation>Укажите создаваемый файл: --generate-national FILE.</translation>
    </message>
    <message>
        <source>--scale: a fraction of the national scale greater than 0 and at most 10.</source>
        <translation>--scale: доля национального масштаба больше 0 и не больше 10.</translation>
    </message>
    <message>
        <source>Stopped; %1 was not made.</source>
        <translation>Остановлено; %1 не создан.</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>В %2 записано строк: %1</translation>
    </message>
</context>
<context>
    <name>ef::NationalGenerationTask</name>
    <message>
        <source>Generating the national data file %1…</source>
        <translation>Создаётся национальный файл данных %1…</translation>
    </message>
    <message>
        <source>Generating the national data file: %1 of %2 rows…</source>
        <translation>Создаётся национальный файл данных: %1 из %2 строк…</translation>
    </message>
</context>
<context>
    <name>ef::PartnershipEditor</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;Добавить файл…</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>Открыть &amp;файл</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Document not available</source>
        <translation>Документ недоступен</translation>
    </message>
    <message>
        <source>The content of “%1” is not on this computer yet or is damaged; it arrives with the next sync.</source>
        <translation>Содержимого «%1» ещё нет на этом компьютере или оно повреждено; оно придёт со следующей синхронизацией.</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Прикрепить документ</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Не прикреплено</translation>
    </message>
    <message>
        <source>attach %1</source>
        <translation>прикрепление «%1»</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Не удаётся открыть</translation>
    </message>
    <message>
        <source>Save document as</source>
        <translation>Сохранить документ как</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>ef::PartnershipHistory</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Versions of the agreement</source>
        <translation>Версии соглашения</translation>
    </message>
    <message>
        <source>As signed</source>
        <translation>При подписании</translation>
    </message>
    <message>
        <source>Amendment %1</source>
        <translation>Дополнительное соглашение %1</translation>
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
        <translation>%1 не открывается как PDF.</translation>
    </message>
    <message>
        <source>Page %1 of %2 cannot be drawn.</source>
        <translation>Не удаётся отрисовать страницу %1 из %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is neither a picture nor a PDF.</source>
        <translation>%1 — не изображение и не PDF.</translation>
    </message>
    <message>
        <source>There is no QR code in %1.</source>
        <translation>В %1 нет QR-кода.</translation>
    </message>
</context>
<context>
    <name>ef::RecordDialog</name>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
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
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to this record?</source>
        <translation>Сохранить изменения этой записи?</translation>
    </message>
    <message>
        <source>New record: %1</source>
        <translation>Новая запись: %1</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Только чтение: %1</translation>
    </message>
</context>
<context>
    <name>ef::RecordEditing</name>
    <message>
        <source>Record not found</source>
        <translation>Запись не найдена</translation>
    </message>
    <message>
        <source>This record no longer exists: it was deleted here or by another office.</source>
        <translation>Этой записи больше нет: она удалена здесь или в другом офисе.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>удаление «%1»</translation>
    </message>
    <message>
        <source>Delete “%2” (%1)?

You can undo this with Edit › Undo.</source>
        <translation>Удалить «%2» (%1)?

Это можно отменить: Правка › Отменить.</translation>
    </message>
    <message>
        <source>Delete “%2” (%1)?

These records depend on it and will be deleted with it: %3.

You can undo this with Edit › Undo.</source>
        <translation>Удалить «%2» (%1)?

От неё зависят и будут удалены вместе с ней: %3.

Это можно отменить: Правка › Отменить.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Недоступно</translation>
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
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Educator</source>
        <translation>Преподаватель</translation>
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
        <translation>Контактное лицо от производства</translation>
    </message>
</context>
<context>
    <name>ef::RecordListModel</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>ef::RecordPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>Начните вводить для поиска…</translation>
    </message>
</context>
<context>
    <name>ef::ReportCommand</name>
    <message>
        <source>--report: name the project by its acronym or code, such as EduFusion.</source>
        <translation>--report: укажите проект по аббревиатуре или коду, например EduFusion.</translation>
    </message>
    <message>
        <source>--from: “%1” is not a date; write it as YYYY-MM-DD, such as 2025-09-01.</source>
        <translation>--from: «%1» — не дата; пишите в виде ГГГГ-ММ-ДД, например 2025-09-01.</translation>
    </message>
    <message>
        <source>--to: “%1” is not a date; write it as YYYY-MM-DD, such as 2026-06-30.</source>
        <translation>--to: «%1» — не дата; пишите в виде ГГГГ-ММ-ДД, например 2026-06-30.</translation>
    </message>
    <message>
        <source>--to: the period ends (%1) before it begins (%2).</source>
        <translation>--to: период заканчивается (%1) раньше, чем начинается (%2).</translation>
    </message>
    <message>
        <source>--names: “%1” is neither native nor latin.</source>
        <translation>--names: «%1» — ни native, ни latin.</translation>
    </message>
    <message>
        <source>Say where to write the report: --xlsx FILE, --csv DIR or --pdf FILE.</source>
        <translation>Укажите, куда записать отчёт: --xlsx ФАЙЛ, --csv ПАПКА или --pdf ФАЙЛ.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 — папка; укажите имя файла.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>Папки для %1 не существует.</translation>
    </message>
    <message>
        <source>--csv: %1 is a file; give a folder.</source>
        <translation>--csv: %1 — файл; укажите папку.</translation>
    </message>
    <message>
        <source>There is no data file at %1.</source>
        <translation>Файла данных %1 нет.</translation>
    </message>
    <message>
        <source>--report: there is no project “%1” in %2.</source>
        <translation>--report: в %2 нет проекта «%1».</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
</context>
<context>
    <name>ef::ReportExportDialog</name>
    <message>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <source>Stopped; nothing was written to %1.</source>
        <translation>Остановлено; в %1 ничего не записано.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Не удалось записать отчёт: %1</translation>
    </message>
    <message>
        <source>The period ends before it begins: choose a later “To” date.</source>
        <translation>Период заканчивается раньше, чем начинается: выберите более позднюю дату «По».</translation>
    </message>
    <message>
        <source>%1 report %2 to %3</source>
        <translation>%1 отчёт %2 – %3</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Папка для файлов CSV</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the Erasmus+ report</source>
        <translation>Экспорт отчёта Erasmus+</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Проект:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>П&amp;о:</translation>
    </message>
    <message>
        <source>People&apos;s &amp;names:</source>
        <translation>&amp;Имена людей:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>As written (Cyrillic)</source>
        <translation>Как записаны (кириллица)</translation>
    </message>
    <message>
        <source>In Latin letters</source>
        <translation>Латиницей</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Книга Excel (XLSX)</translation>
    </message>
    <message>
        <source>CSV files (one per table)</source>
        <translation>Файлы CSV (по одному на таблицу)</translation>
    </message>
    <message>
        <source>Printable PDF</source>
        <translation>PDF для печати</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
</context>
<context>
    <name>ef::ReportExportTask</name>
    <message>
        <source>Exporting the report…</source>
        <translation>Экспорт отчёта…</translation>
    </message>
</context>
<context>
    <name>ef::SignInDialog</name>
    <message>
        <source>Enter the server&apos;s address, for example https://sync.edufusion.kz.</source>
        <translation>Введите адрес сервера, например https://sync.edufusion.kz.</translation>
    </message>
    <message>
        <source>“%1” is not a server address: write it as https://name or https://name:port.</source>
        <translation>«%1» — не адрес сервера: укажите его в виде https://имя или https://имя:порт.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>Sign in with the account the consortium&apos;s coordinator gave you. You can always keep working offline; the sync runs when the server can be reached.</source>
        <translation>Войдите с учётной записью, которую вам выдал координатор консорциума. Работать без сети можно всегда; синхронизация выполняется, когда сервер доступен.</translation>
    </message>
    <message>
        <source>Sign in to the sync server</source>
        <translation>Вход на сервер синхронизации</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Адрес сервера</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Пользователь</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Па&amp;роль</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Работать без сети</translation>
    </message>
    <message>
        <source>Send the password unencrypted?</source>
        <translation>Отправить пароль без шифрования?</translation>
    </message>
    <message>
        <source>%1 is an http:// address: your password and the data would cross the network unencrypted, readable by anyone on the way. Use the server&apos;s https:// address if it has one.

Send the password unencrypted anyway?</source>
        <translation>%1 — адрес http://: ваш пароль и данные пойдут по сети без шифрования, и их сможет прочитать любой на пути. Используйте адрес сервера https://, если он есть.

Всё равно отправить пароль без шифрования?</translation>
    </message>
    <message>
        <source>Not signed in: write the server&apos;s https:// address.</source>
        <translation>Вход не выполнен: укажите адрес сервера https://.</translation>
    </message>
</context>
<context>
    <name>ef::SignerPool</name>
    <message>
        <source>This computer holds no key certified to sign for %1 on %2. The consortium&apos;s coordinator certifies office keys (edufusion-desk --key-ceremony).</source>
        <translation>На этом компьютере нет ключа, сертифицированного для подписи за %1 на дату %2. Ключи офисов сертифицирует координатор консорциума (edufusion-desk --key-ceremony).</translation>
    </message>
    <message>
        <source>this office</source>
        <translation>этот офис</translation>
    </message>
    <message>
        <source>Signed with %1&apos;s demo key %2: a specimen, valid only in the demo data.</source>
        <translation>Подпись демонстрационным ключом %2 офиса %1: образец, действителен только в демонстрационных данных.</translation>
    </message>
    <message>
        <source>Signed with %1&apos;s key %2.</source>
        <translation>Подпись ключом %2 офиса %1.</translation>
    </message>
    <message>
        <source>Signed with %1&apos;s key %2, sealed with a passphrase.</source>
        <translation>Подпись ключом %2 офиса %1, запечатанным парольной фразой.</translation>
    </message>
    <message>
        <source>The key %1 is kept in the system&apos;s keychain, which this window does not open yet.</source>
        <translation>Ключ %1 хранится в системном хранилище ключей, которое это окно пока не открывает.</translation>
    </message>
    <message>
        <source>The key %1 is no longer certified.</source>
        <translation>Ключ %1 больше не сертифицирован.</translation>
    </message>
</context>
<context>
    <name>ef::SyncAccount</name>
    <message>
        <source>You are signed in as an auditor (%1): auditors read everything and change nothing.</source>
        <translation>Вы вошли как аудитор (%1): аудиторы читают всё и ничего не изменяют.</translation>
    </message>
    <message>
        <source>Shared reference data (institutions, projects, indicators, the course catalogue, training programmes) is changed by the consortium&apos;s coordinators.</source>
        <translation>Общие справочные данные (организации, проекты, показатели, каталог курсов, программы обучения) изменяют координаторы консорциума.</translation>
    </message>
    <message>
        <source>This record belongs to another institution: only its own office and the coordinators change it.</source>
        <translation>Эта запись принадлежит другой организации: изменять её могут только её офис и координаторы.</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>вход не выполнен</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <source>institution officer</source>
        <translation>сотрудник офиса организации</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>аудитор</translation>
    </message>
    <message>
        <source>This data file holds the demo data, whose invented people must not reach the consortium&apos;s server. To sync, start a new data file.</source>
        <translation>Этот файл данных содержит демонстрационные данные, и их вымышленные люди не должны попасть на сервер консорциума. Чтобы синхронизировать, начните новый файл данных.</translation>
    </message>
    <message>
        <source>This data file syncs with %1. To work with another server, start a new data file.</source>
        <translation>Этот файл данных синхронизируется с %1. Чтобы работать с другим сервером, начните новый файл данных.</translation>
    </message>
</context>
<context>
    <name>ef::SyncCommand</name>
    <message>
        <source>Give the server&apos;s address (--server https://…) and the user (--user NAME).</source>
        <translation>Укажите адрес сервера (--server https://…) и пользователя (--user ИМЯ).</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Не удалось войти: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Синхронизация не удалась: %1</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received, %3 conflicts, %4 refused; %5 requests, %6 bytes sent, %7 bytes received.</source>
        <translation>Синхронизировано: отправлено %1, получено %2, конфликтов %3, отклонено %4; запросов %5, отправлено %6 байт, получено %7 байт.</translation>
    </message>
    <message>
        <source>Sync stopped; what arrived so far is kept.</source>
        <translation>Синхронизация остановлена; всё, что уже получено, сохранено.</translation>
    </message>
</context>
<context>
    <name>ef::SyncController</name>
    <message numerus="yes">
        <source>%n change(s) arrived from other offices.</source>
        <translation>
            <numerusform>Получено %n изменение от других офисов.</numerusform>
            <numerusform>Получено %n изменения от других офисов.</numerusform>
            <numerusform>Получено %n изменений от других офисов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) or refusal(s) to review.</source>
        <translation>
            <numerusform>%n новый конфликт или отказ для проверки.</numerusform>
            <numerusform>%n новых конфликта или отказа для проверки.</numerusform>
            <numerusform>%n новых конфликтов или отказов для проверки.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer has no keychain service, so the sign-in was not kept: sign in to sync.</source>
        <translation>На этом компьютере нет хранилища паролей, поэтому вход не сохранён: войдите, чтобы синхронизировать.</translation>
    </message>
    <message>
        <source>This computer has no keychain service to keep the sign-in safely.</source>
        <translation>На этом компьютере нет хранилища паролей, чтобы надёжно сохранить вход.</translation>
    </message>
    <message>
        <source>The keychain refused to keep the sign-in (%1).</source>
        <translation>Хранилище паролей не сохранило вход (%1).</translation>
    </message>
    <message>
        <source>Keep the sign-in?</source>
        <translation>Сохранить вход?</translation>
    </message>
    <message>
        <source>%1

Keep it in the data file instead? Anyone who can read the file could then sync as you. If not, you sign in again each time EduFusion Desk starts.</source>
        <translation>%1

Сохранить его в файле данных? Тогда любой, кто может прочитать файл, сможет синхронизировать от вашего имени. Если нет, вы будете входить заново при каждом запуске EduFusion Desk.</translation>
    </message>
    <message>
        <source>Sign-in not kept</source>
        <translation>Вход не сохранён</translation>
    </message>
    <message>
        <source>The sign-in could not be kept in the data file (%1); you sign in again when EduFusion Desk starts next time.</source>
        <translation>Не удалось сохранить вход в файле данных (%1); при следующем запуске EduFusion Desk войдите снова.</translation>
    </message>
    <message>
        <source>Sign-in still in the data file</source>
        <translation>Вход всё ещё в файле данных</translation>
    </message>
    <message>
        <source>The sign-in kept in the data file could not be removed (%1): anyone who can read the file could still sync as you. Sign out again, or ask the coordinator to revoke this computer&apos;s sign-in.</source>
        <translation>Не удалось удалить вход, сохранённый в файле данных (%1): любой, кто может прочитать файл, всё ещё может выполнять синхронизацию от вашего имени. Выйдите ещё раз или попросите координатора отозвать вход этого компьютера.</translation>
    </message>
</context>
<context>
    <name>ef::SyncIssues</name>
    <message>
        <source>Only the lost value of a conflict can be restored.</source>
        <translation>Восстановить можно только утраченное значение конфликта.</translation>
    </message>
    <message>
        <source>The lost value is not valid for “%1” any more, so it cannot be restored.</source>
        <translation>Утраченное значение больше не подходит для поля «%1», поэтому его нельзя восстановить.</translation>
    </message>
    <message>
        <source>Out of your scope: another institution&apos;s record, or shared data that only coordinators change.</source>
        <translation>Вне ваших полномочий: запись другой организации или общие данные, которые изменяют только координаторы.</translation>
    </message>
    <message>
        <source>Your role is read only.</source>
        <translation>Ваша роль — только чтение.</translation>
    </message>
    <message>
        <source>The server found the value invalid.</source>
        <translation>Сервер счёл значение недопустимым.</translation>
    </message>
    <message>
        <source>The server does not have this record.</source>
        <translation>На сервере нет этой записи.</translation>
    </message>
    <message>
        <source>It refers to a record this office cannot see.</source>
        <translation>Оно ссылается на запись, которую этот офис не видит.</translation>
    </message>
    <message>
        <source>The record is not in this office&apos;s data.</source>
        <translation>Этой записи нет в данных офиса.</translation>
    </message>
    <message>
        <source>This version of EduFusion Desk does not know the field; update it.</source>
        <translation>Эта версия EduFusion Desk не знает этого поля; обновите её.</translation>
    </message>
</context>
<context>
    <name>ef::SyncSettingsDialog</name>
    <message>
        <source>This data file has never synced: you are working offline.</source>
        <translation>Этот файл данных ещё не синхронизировался: вы работаете без сети.</translation>
    </message>
    <message>
        <source>%1 at %2, as %3. %4</source>
        <translation>%1 на %2, роль: %3. %4</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Вход выполнен.</translation>
    </message>
    <message>
        <source>Not signed in on this computer.</source>
        <translation>На этом компьютере вход не выполнен.</translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation>Настройки синхронизации</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <source>Forget the sign-in on this computer; the data stays</source>
        <translation>Забыть вход на этом компьютере; данные остаются</translation>
    </message>
    <message>
        <source>Sync &amp;every</source>
        <translation>Синхронизировать &amp;каждые</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>only on demand</source>
        <translation>только по запросу</translation>
    </message>
    <message>
        <source>The sync also runs when you press F5 or Sync now. It never stops you working: without a link, changes wait on this computer.</source>
        <translation>Синхронизация также запускается клавишей F5 или командой «Синхронизировать». Она никогда не мешает работе: без связи изменения ждут на этом компьютере.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ef::SyncStatus</name>
    <message>
        <source>Working offline: not signed in to a server</source>
        <translation>Работа без сети: вход на сервер не выполнен</translation>
    </message>
    <message>
        <source>Sync failed; last synced %1</source>
        <translation>Синхронизация не удалась; последняя: %1</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Синхронизация не удалась</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Последняя синхронизация: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <source>%1 at %2, as %3</source>
        <translation>%1 на %2, роль: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n изменение к отправке</numerusform>
            <numerusform>%n изменения к отправке</numerusform>
            <numerusform>%n изменений к отправке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n на проверку</numerusform>
            <numerusform>%n на проверку</numerusform>
            <numerusform>%n на проверку</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Войти…</translation>
    </message>
    <message>
        <source>Sign in to the consortium&apos;s server to sync this data file</source>
        <translation>Войдите на сервер консорциума, чтобы синхронизировать этот файл данных</translation>
    </message>
    <message>
        <source>Conflicts and refused changes from the sync, to review</source>
        <translation>Конфликты и отклонённые изменения синхронизации для проверки</translation>
    </message>
</context>
<context>
    <name>ef::SyncTask</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: wait a quarter of an hour, then try again.</source>
        <translation>Слишком много неудачных попыток входа: подождите четверть часа и попробуйте снова.</translation>
    </message>
    <message>
        <source>This account is disabled; ask the consortium&apos;s coordinator.</source>
        <translation>Эта учётная запись отключена; обратитесь к координатору консорциума.</translation>
    </message>
    <message>
        <source>Sign in to %1 to sync.</source>
        <translation>Войдите на %1, чтобы синхронизировать.</translation>
    </message>
    <message>
        <source>Sign in to a server to sync.</source>
        <translation>Войдите на сервер, чтобы синхронизировать.</translation>
    </message>
    <message numerus="yes">
        <source>Receiving the data of your scope: %n change(s) so far…</source>
        <translation>
            <numerusform>Получение данных вашей области: пока %n изменение…</numerusform>
            <numerusform>Получение данных вашей области: пока %n изменения…</numerusform>
            <numerusform>Получение данных вашей области: пока %n изменений…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1, received %2 changes…</source>
        <translation>Отправлено %1, получено %2 изменений…</translation>
    </message>
    <message>
        <source>First sync: receiving the data of your scope…</source>
        <translation>Первая синхронизация: получение данных вашей области…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Your work stays on this computer and is sent when the link is back.</source>
        <translation>Сервер недоступен (%1). Ваша работа остаётся на этом компьютере и будет отправлена, когда связь восстановится.</translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked: sign in again.</source>
        <translation>Срок входа истёк или вход отозван: войдите снова.</translation>
    </message>
    <message>
        <source>The server failed (%1); the sync will try again.</source>
        <translation>Ошибка сервера (%1); синхронизация повторится.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is ahead of the server&apos;s; correct its date and time. Your changes stay queued. (%1)</source>
        <translation>Часы этого компьютера спешат относительно сервера; исправьте дату и время. Ваши изменения остаются в очереди. (%1)</translation>
    </message>
    <message>
        <source>This version of EduFusion Desk and the server do not match: %1</source>
        <translation>Версии EduFusion Desk и сервера не совпадают: %1</translation>
    </message>
    <message>
        <source>This data file was restored from a backup or copied from another computer; the server refuses its changes. Ask your coordinator. (%1)</source>
        <translation>Этот файл данных восстановлен из резервной копии или скопирован с другого компьютера; сервер не принимает его изменения. Обратитесь к координатору. (%1)</translation>
    </message>
    <message>
        <source>The server refused the sync: %1</source>
        <translation>Сервер отклонил синхронизацию: %1</translation>
    </message>
    <message>
        <source>The changes were synced, but the time of the sync could not be noted: %1</source>
        <translation>Изменения синхронизированы, но время синхронизации не удалось записать: %1</translation>
    </message>
    <message>
        <source>On the server this data file belongs to another user: sign in as that user, or use a data file of your own.</source>
        <translation>На сервере этот файл данных принадлежит другому пользователю: войдите как этот пользователь или используйте свой файл данных.</translation>
    </message>
    <message>
        <source>The server could not be told of the sign-out (%1): the sign-in stays valid there until it expires. Ask the coordinator to revoke it if this computer is not safe.</source>
        <translation>Не удалось сообщить серверу о выходе (%1): вход остаётся там действительным до истечения срока. Если этот компьютер ненадёжен, попросите координатора отозвать его.</translation>
    </message>
</context>
<context>
    <name>ef::SyncUi</name>
    <message>
        <source>Sign in to bring your office&apos;s data from the server.</source>
        <translation>Войдите, чтобы загрузить данные вашего офиса с сервера.</translation>
    </message>
    <message>
        <source>Conflicts to review (%1)</source>
        <translation>Конфликты для проверки (%1)</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Конфликты для проверки</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <source>Send this office&apos;s changes and receive the others&apos; (F5)</source>
        <translation>Отправить изменения этого офиса и получить изменения других (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel the sync</source>
        <translation>&amp;Прервать синхронизацию</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <source>Forget the sign-in on this computer; the data stays</source>
        <translation>Забыть вход на этом компьютере; данные остаются</translation>
    </message>
    <message>
        <source>Sync se&amp;ttings…</source>
        <translation>&amp;Настройки синхронизации…</translation>
    </message>
    <message>
        <source>&amp;Conflicts to review</source>
        <translation>&amp;Конфликты для проверки</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Син&amp;хронизация</translation>
    </message>
</context>
<context>
    <name>ef::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop this task; what is done so far is kept</source>
        <translation>Остановить задачу; сделанное сохранится</translation>
    </message>
</context>
<context>
    <name>ef::TemplatePreviewDialog</name>
    <message>
        <source>Certificate designs</source>
        <translation>Оформления сертификатов</translation>
    </message>
    <message>
        <source>&amp;Design:</source>
        <translation>&amp;Оформление:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>The sample certificate</source>
        <translation>Образец сертификата</translation>
    </message>
</context>
<context>
    <name>ef::TrainingEventEditor</name>
    <message>
        <source>Add &amp;participants…</source>
        <translation>Добавить &amp;участников…</translation>
    </message>
    <message>
        <source>&amp;Attendance sheet (PDF)…</source>
        <translation>&amp;Лист посещаемости (PDF)…</translation>
    </message>
    <message>
        <source>Participant &amp;list (PDF)…</source>
        <translation>&amp;Список участников (PDF)…</translation>
    </message>
    <message>
        <source>In Kazakh</source>
        <translation>На казахском</translation>
    </message>
    <message>
        <source>In Russian</source>
        <translation>На русском</translation>
    </message>
    <message>
        <source>In English, names in Latin letters</source>
        <translation>На английском, имена латиницей</translation>
    </message>
    <message>
        <source>attendance-%1.pdf</source>
        <translation>лист-посещаемости-%1.pdf</translation>
    </message>
    <message>
        <source>participants-%1.pdf</source>
        <translation>участники-%1.pdf</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ef::TrustList</name>
    <message>
        <source>This is not a consortium key file.</source>
        <translation>Это не файл ключей консорциума.</translation>
    </message>
    <message>
        <source>A root key in the consortium key file is damaged.</source>
        <translation>Корневой ключ в файле ключей консорциума повреждён.</translation>
    </message>
    <message>
        <source>The consortium key file holds no root key.</source>
        <translation>В файле ключей консорциума нет корневого ключа.</translation>
    </message>
</context>
<context>
    <name>ef::VerifyPage</name>
    <message>
        <source>Verify a certificate</source>
        <translation>Проверка сертификата</translation>
    </message>
    <message>
        <source>Open a certificate&apos;s PDF, a scan or a photo of it (Ctrl+Shift+O), or drop it here; or paste the text of its QR code, or type its number, and press Verify (Ctrl+Enter). Nothing leaves this computer.</source>
        <translation>Откройте PDF сертификата, его скан или фото (Ctrl+Shift+O) или перетащите файл сюда; либо вставьте текст его QR-кода или введите номер и нажмите «Проверить» (Ctrl+Enter). Ничего не покидает этот компьютер.</translation>
    </message>
    <message>
        <source>EF1:… or EF-EKTU-2026-000123</source>
        <translation>EF1:… или EF-EKTU-2026-000123</translation>
    </message>
    <message>
        <source>QR code text or certificate number</source>
        <translation>Текст QR-кода или номер сертификата</translation>
    </message>
    <message>
        <source>&amp;Open a PDF or picture…</source>
        <translation>&amp;Открыть PDF или изображение…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>Open a certificate</source>
        <translation>Открыть сертификат</translation>
    </message>
    <message>
        <source>Certificates (*.pdf *.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff *.txt);;All files (*)</source>
        <translation>Сертификаты (*.pdf *.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Неизвестный номер</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Владелец:</translation>
    </message>
    <message>
        <source>Holder in Latin:</source>
        <translation>Владелец латиницей:</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Программа:</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Мероприятие:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Часов:</translation>
    </message>
    <message>
        <source>ECTS credits:</source>
        <translation>Кредиты ECTS:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Выдан:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Действителен до:</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>бессрочный</translation>
    </message>
    <message>
        <source>Replaces:</source>
        <translation>Взамен:</translation>
    </message>
    <message>
        <source>Replaced by:</source>
        <translation>Заменён на:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Подписан:</translation>
    </message>
    <message>
        <source>%1, demo key %2 (a specimen: trusted only by the demo data)</source>
        <translation>%1, демонстрационный ключ %2 (образец: ему доверяют только демонстрационные данные)</translation>
    </message>
    <message>
        <source>%1, key %2</source>
        <translation>%1, ключ %2</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Проверено:</translation>
    </message>
    <message>
        <source>the copy in this data file&apos;s register</source>
        <translation>по копии в реестре этого файла данных</translation>
    </message>
</context>
<context>
    <name>ef::WelcomeDialog</name>
    <message>
        <source>Welcome to EduFusion Desk</source>
        <translation>Добро пожаловать в EduFusion Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to EduFusion Desk&lt;/h2&gt;&lt;p&gt;Partnerships with industry, educator training and certificates, and the course catalogue of your office, kept on this computer and usable offline.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Добро пожаловать в EduFusion Desk&lt;/h2&gt;&lt;p&gt;Партнёрства вашего офиса с предприятиями, обучение и сертификаты преподавателей и каталог курсов — на этом компьютере и без подключения к сети.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the demo data</source>
        <translation>Открыть демонстрационные данные</translation>
    </message>
    <message>
        <source>The EduFusion consortium, its projects, events and courses, with invented people: a safe place to look around.</source>
        <translation>Консорциум EduFusion, его проекты, мероприятия и курсы с вымышленными людьми: безопасно, чтобы осмотреться.</translation>
    </message>
    <message>
        <source>Start an empty data file</source>
        <translation>Начать пустой файл данных</translation>
    </message>
    <message>
        <source>For your own office: you name your institution, everything else you add.</source>
        <translation>Для вашего офиса: вы называете свою организацию, остальное добавляете сами.</translation>
    </message>
    <message>
        <source>Open a data file…</source>
        <translation>Открыть файл данных…</translation>
    </message>
    <message>
        <source>A data file this office already has.</source>
        <translation>Файл данных, который уже есть у офиса.</translation>
    </message>
    <message>
        <source>The institution this office works for owns the records you create.</source>
        <translation>Создаваемые записи принадлежат организации, в которой работает офис.</translation>
    </message>
    <message>
        <source>Name of the institution</source>
        <translation>Название организации</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>Страна (код ISO)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation>Открыть файл данных</translation>
    </message>
    <message>
        <source>EduFusion data files (*.sqlite *.db);;All files (*)</source>
        <translation>Файлы данных EduFusion (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Sign in to the consortium&apos;s server</source>
        <translation>Войти на сервер консорциума</translation>
    </message>
    <message>
        <source>For an office with an account: your institution&apos;s records and the shared catalogue come from the server, and your changes sync back.</source>
        <translation>Для офиса с учётной записью: записи вашей организации и общий каталог приходят с сервера, а ваши изменения синхронизируются обратно.</translation>
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
        <source>Start in this module: dashboard, partnerships, renewals, programmes, events, participations, certificates, courses, offerings, enrollments, institutions, people, projects or indicators.</source>
        <translation>Начать с модуля: dashboard, partnerships, renewals, programmes, events, participations, certificates, courses, offerings, enrollments, institutions, people, projects или indicators.</translation>
    </message>
    <message>
        <source>When the data file does not exist yet, fill it with the demo data without asking.</source>
        <translation>Если файла данных ещё нет, заполнить его демонстрационными данными без вопроса.</translation>
    </message>
    <message>
        <source>Sync the data file with the server without opening the window, then exit. The password is read from EDUFUSION_PASSWORD or standard input.</source>
        <translation>Синхронизировать файл данных с сервером, не открывая окно, и выйти. Пароль читается из EDUFUSION_PASSWORD или стандартного ввода.</translation>
    </message>
    <message>
        <source>With --sync: the server&apos;s address.</source>
        <translation>С --sync: адрес сервера.</translation>
    </message>
    <message>
        <source>With --sync: the user to sign in as.</source>
        <translation>С --sync: пользователь, от имени которого выполняется вход.</translation>
    </message>
    <message>
        <source>With --verify: trust this consortium key file instead of the data file&apos;s keys.</source>
        <translation>С --verify: доверять этому файлу ключей консорциума вместо ключей файла данных.</translation>
    </message>
    <message>
        <source>With --certificates-pdf: the folder to write to.</source>
        <translation>С --certificates-pdf: папка для записи.</translation>
    </message>
    <message>
        <source>Verify a certificate offline, then exit with its verdict&apos;s code: a PDF, a scan or photo, the text of its QR code, or a certificate number.</source>
        <translation>Проверить сертификат без сети и выйти с кодом результата: PDF, скан или фото, текст QR-кода или номер сертификата.</translation>
    </message>
    <message>
        <source>Write certificates as PDF files (with their Open Badges credentials) without opening the window, then exit.</source>
        <translation>Записать сертификаты в файлы PDF (с бейджами Open Badges), не открывая окна, и выйти.</translation>
    </message>
    <message>
        <source>With --certificates-pdf: every valid certificate of this event.</source>
        <translation>С --certificates-pdf: все действительные сертификаты этого мероприятия.</translation>
    </message>
    <message>
        <source>With --certificates-pdf: the certificate of this number.</source>
        <translation>С --certificates-pdf: сертификат с этим номером.</translation>
    </message>
    <message>
        <source>With --certificates-pdf: one PDF file for all the certificates.</source>
        <translation>С --certificates-pdf: один файл PDF для всех сертификатов.</translation>
    </message>
    <message>
        <source>Write the consortium key file a verifier needs (root keys, office keys, revocation lists), then exit.</source>
        <translation>Записать файл ключей консорциума, нужный проверяющему (корневые ключи, ключи офисов, списки отзыва), и выйти.</translation>
    </message>
    <message>
        <source>Manage signing keys, then exit: create-root, create-office, certify, import, trust, list or retire. Passphrases are read from EDUFUSION_PASSPHRASE or standard input.</source>
        <translation>Управлять ключами подписи и выйти: create-root, create-office, certify, import, trust, list или retire. Парольные фразы читаются из EDUFUSION_PASSPHRASE или стандартного ввода.</translation>
    </message>
    <message>
        <source>With --key-ceremony: the root key&apos;s file.</source>
        <translation>С --key-ceremony: файл корневого ключа.</translation>
    </message>
    <message>
        <source>With --key-ceremony: an office key&apos;s request file.</source>
        <translation>С --key-ceremony: файл запроса ключа офиса.</translation>
    </message>
    <message>
        <source>With --key-ceremony: a key certificate file, or a consortium key file to trust.</source>
        <translation>С --key-ceremony: файл сертификата ключа или файл ключей консорциума, которому доверять.</translation>
    </message>
    <message>
        <source>With --key-ceremony: the office&apos;s code, such as EKTU.</source>
        <translation>С --key-ceremony: код офиса, например EKTU.</translation>
    </message>
    <message>
        <source>With --key-ceremony: the office&apos;s name.</source>
        <translation>С --key-ceremony: название офиса.</translation>
    </message>
    <message>
        <source>With --key-ceremony retire: the key&apos;s id.</source>
        <translation>С --key-ceremony retire: идентификатор ключа.</translation>
    </message>
    <message>
        <source>With --key-ceremony: the key&apos;s first day (YYYY-MM-DD).</source>
        <translation>С --key-ceremony: первый день ключа (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>With --key-ceremony: the key&apos;s last day (YYYY-MM-DD).</source>
        <translation>С --key-ceremony: последний день ключа (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>With --key-ceremony certify: how many numbers the key may give.</source>
        <translation>С --key-ceremony certify: сколько номеров может выдать ключ.</translation>
    </message>
    <message>
        <source>Write the Erasmus+ report of this project (its acronym or code) without opening the window, then exit.</source>
        <translation>Записать отчёт Erasmus+ по этому проекту (аббревиатура или код), не открывая окна, и выйти.</translation>
    </message>
    <message>
        <source>With --report: the first day of the period, YYYY-MM-DD.</source>
        <translation>С --report: первый день периода, ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>With --report: the last day of the period, YYYY-MM-DD.</source>
        <translation>С --report: последний день периода, ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>With --report: write the workbook here.</source>
        <translation>С --report: записать книгу Excel сюда.</translation>
    </message>
    <message>
        <source>With --report: write one CSV file per table into this folder.</source>
        <translation>С --report: записать по файлу CSV на таблицу в эту папку.</translation>
    </message>
    <message>
        <source>With --report: write the printable report here.</source>
        <translation>С --report: записать отчёт для печати сюда.</translation>
    </message>
    <message>
        <source>With --report: people&apos;s names as written (native) or in Latin letters (latin).</source>
        <translation>С --report: имена людей как записаны (native) или латиницей (latin).</translation>
    </message>
</context>
</TS>
