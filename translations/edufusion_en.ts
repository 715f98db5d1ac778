<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AppStartup</name>
    <message>
        <source>EduFusion Desk</source>
        <translation>EduFusion Desk</translation>
    </message>
    <message>
        <source>Open it anyway?</source>
        <translation>Open it anyway?</translation>
    </message>
    <message>
        <source>The demo data could not be added: %1</source>
        <translation>The demo data could not be added: %1</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <source>The file size cannot be negative.</source>
        <translation>The file size cannot be negative.</translation>
    </message>
    <message>
        <source>The file&apos;s checksum is missing or damaged.</source>
        <translation>The file&apos;s checksum is missing or damaged.</translation>
    </message>
    <message>
        <source>A file name cannot contain / or \.</source>
        <translation>A file name cannot contain / or \.</translation>
    </message>
    <message>
        <source>The file type is not recognised.</source>
        <translation>The file type is not recognised.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>%1 is larger than %2 MB; attach a smaller file.</source>
        <translation>%1 is larger than %2 MB; attach a smaller file.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>Use capital letters, digits, - and /, such as EKTU-TP-2026-001.</source>
        <translation>Use capital letters, digits, - and /, such as EKTU-TP-2026-001.</translation>
    </message>
    <message>
        <source>Say why the certificate is revoked.</source>
        <translation>Say why the certificate is revoked.</translation>
    </message>
    <message>
        <source>Only a revoked certificate has a revocation date and reason.</source>
        <translation>Only a revoked certificate has a revocation date and reason.</translation>
    </message>
    <message>
        <source>A certificate cannot replace itself.</source>
        <translation>A certificate cannot replace itself.</translation>
    </message>
</context>
<context>
    <name>Course</name>
    <message>
        <source>Use capital letters, digits, - and ., such as EKTU-STEAM-101.</source>
        <translation>Use capital letters, digits, - and ., such as EKTU-STEAM-101.</translation>
    </message>
    <message>
        <source>Enter the ECTS credits: more than 0, at most 60, in steps of 0.5.</source>
        <translation>Enter the ECTS credits: more than 0, at most 60, in steps of 0.5.</translation>
    </message>
    <message>
        <source>Choose the languages from Kazakh, Russian and English.</source>
        <translation>Choose the languages from Kazakh, Russian and English.</translation>
    </message>
    <message>
        <source>Each language is listed once.</source>
        <translation>Each language is listed once.</translation>
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
        <translation>A grade is given only when the course is completed or failed.</translation>
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
        <translation type="unfinished">People</translation>
    </message>
    <message>
        <source>Percent</source>
        <comment>indicator_unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <comment>indicator_unit</comment>
        <translation type="unfinished">Courses</translation>
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
        <translation>A target cannot be negative.</translation>
    </message>
    <message>
        <source>A baseline cannot be negative.</source>
        <translation>A baseline cannot be negative.</translation>
    </message>
    <message>
        <source>A percentage target cannot be above 100.</source>
        <translation>A percentage target cannot be above 100.</translation>
    </message>
    <message>
        <source>Choose how the indicator is measured from the list.</source>
        <translation>Choose how the indicator is measured from the list.</translation>
    </message>
</context>
<context>
    <name>Institution</name>
    <message>
        <source>Enter the name in at least one language.</source>
        <translation>Enter the name in at least one language.</translation>
    </message>
    <message>
        <source>A BIN is issued only to organisations in Kazakhstan.</source>
        <translation>A BIN is issued only to organisations in Kazakhstan.</translation>
    </message>
    <message>
        <source>A BIN has 12 digits and the last one is a check digit; check the number.</source>
        <translation>A BIN has 12 digits and the last one is a check digit; check the number.</translation>
    </message>
    <message>
        <source>A PIC has exactly 9 digits.</source>
        <translation>A PIC has exactly 9 digits.</translation>
    </message>
</context>
<context>
    <name>ListCatalog</name>
    <message>
        <source>Search</source>
        <translation type="unfinished">Search</translation>
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
        <translation type="unfinished">Institutions</translation>
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
        <translation type="unfinished">People</translation>
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
        <translation type="unfinished">Partnerships</translation>
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
        <translation type="unfinished">Courses</translation>
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
        <translation>%1 already exists; choose a new file name for the generated store.</translation>
    </message>
</context>
<context>
    <name>Offering</name>
    <message>
        <source>Choose a semester.</source>
        <translation>Choose a semester.</translation>
    </message>
    <message>
        <source>Choose Kazakh, Russian or English.</source>
        <translation>Choose Kazakh, Russian or English.</translation>
    </message>
    <message>
        <source>Enter a capacity of at least 1, or leave it empty.</source>
        <translation>Enter a capacity of at least 1, or leave it empty.</translation>
    </message>
</context>
<context>
    <name>Partnership</name>
    <message>
        <source>The partner must be another institution than the university.</source>
        <translation>The partner must be another institution than the university.</translation>
    </message>
    <message>
        <source>Enter the date the agreement was signed.</source>
        <translation>Enter the date the agreement was signed.</translation>
    </message>
    <message>
        <source>Enter zero or more.</source>
        <translation>Enter zero or more.</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Choose the person&apos;s roles from the list.</source>
        <translation>Choose the person&apos;s roles from the list.</translation>
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
        <translation type="unfinished">Internships offered</translation>
    </message>
    <message>
        <source>Students placed</source>
        <translation type="unfinished">Students placed</translation>
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
        <translation>The selected record does not exist.</translation>
    </message>
    <message>
        <source>The selected record has been deleted.</source>
        <translation>The selected record has been deleted.</translation>
    </message>
    <message>
        <source>This value is already used by another record.</source>
        <translation>This value is already used by another record.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n field(s) need attention.</numerusform>
            <numerusform>%n field(s) need attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>The record no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer version of EduFusion Desk (data format %2; this version reads up to %3). Install the newer version to open it; the file has not been changed.</source>
        <translation>The data file %1 was written by a newer version of EduFusion Desk (data format %2; this version reads up to %3). Install the newer version to open it; the file has not been changed.</translation>
    </message>
    <message>
        <source>The data file %1 is in %2. Files there can be corrupted while they are open; keep the data file on this computer&apos;s own disk.</source>
        <translation>The data file %1 is in %2. Files there can be corrupted while they are open; keep the data file on this computer&apos;s own disk.</translation>
    </message>
    <message>
        <source>The data file %1 cannot be opened: %2</source>
        <translation>The data file %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The data file could not be upgraded to data format %1; it has been left as it was. Details: %2</source>
        <translation>The data file could not be upgraded to data format %1; it has been left as it was. Details: %2</translation>
    </message>
    <message>
        <source>The data file is busy in another program; try again in a moment.</source>
        <translation>The data file is busy in another program; try again in a moment.</translation>
    </message>
    <message>
        <source>The data file reported an error: %1</source>
        <translation>The data file reported an error: %1</translation>
    </message>
    <message>
        <source>Stopped. The work finished before stopping has been kept.</source>
        <translation>Stopped. The work finished before stopping has been kept.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>a network share</source>
        <translation>a network share</translation>
    </message>
    <message>
        <source>a folder synchronised by %1</source>
        <translation>a folder synchronised by %1</translation>
    </message>
</context>
<context>
    <name>TrainingEvent</name>
    <message>
        <source>Enter the city where the event takes place.</source>
        <translation>Enter the city where the event takes place.</translation>
    </message>
</context>
<context>
    <name>TrainingProgramme</name>
    <message>
        <source>Enter the programme&apos;s hours, from 1 to 2000.</source>
        <translation>Enter the programme&apos;s hours, from 1 to 2000.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Choose a record here.</source>
        <translation>Choose a record here.</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>Enter a valid date.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n character(s).</source>
        <translation>
            <numerusform>Use at most %n character(s).</numerusform>
            <numerusform>Use at most %n character(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.kz.</source>
        <translation>Enter an e-mail address such as name@example.kz.</translation>
    </message>
    <message>
        <source>Enter a phone number of 7 to 15 digits, such as +7 727 377 33 33.</source>
        <translation>Enter a phone number of 7 to 15 digits, such as +7 727 377 33 33.</translation>
    </message>
    <message>
        <source>Enter a web address starting with https://.</source>
        <translation>Enter a web address starting with https://.</translation>
    </message>
    <message>
        <source>Enter a two-letter country code such as KZ.</source>
        <translation>Enter a two-letter country code such as KZ.</translation>
    </message>
    <message>
        <source>This date cannot be before %1.</source>
        <translation>This date cannot be before %1.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Enter a number from %1 to %2.</translation>
    </message>
    <message>
        <source>Use Latin letters only here.</source>
        <translation>Use Latin letters only here.</translation>
    </message>
    <message>
        <source>Enter the title in at least one language.</source>
        <translation>Enter the title in at least one language.</translation>
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
        </translation>
    </message>
</context>
<context>
    <name>ef::DashboardPage</name>
    <message>
        <source>Partnerships</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <source>Training and certification</source>
        <translation>Training and certification</translation>
    </message>
    <message>
        <source>Course catalogue</source>
        <translation>Course catalogue</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Signed or active agreements</source>
        <translation>Signed or active agreements</translation>
    </message>
    <message>
        <source>Renewals due in 90 days</source>
        <translation>Renewals due in 90 days</translation>
    </message>
    <message>
        <source>Internships offered</source>
        <translation>Internships offered</translation>
    </message>
    <message>
        <source>Students placed</source>
        <translation>Students placed</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>%1 (target %2)</source>
        <translation>%1 (target %2)</translation>
    </message>
    <message>
        <source>Educators certified</source>
        <translation>Educators certified</translation>
    </message>
    <message>
        <source>Certified to an international standard</source>
        <translation>Certified to an international standard</translation>
    </message>
    <message>
        <source>Training events this year</source>
        <translation>Training events this year</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Participations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Accredited courses</source>
        <translation>Accredited courses</translation>
    </message>
    <message>
        <source>Courses in the catalogue</source>
        <translation>Courses in the catalogue</translation>
    </message>
    <message>
        <source>Enrollments this semester</source>
        <translation>Enrollments this semester</translation>
    </message>
    <message>
        <source>Change from last semester</source>
        <translation>Change from last semester</translation>
    </message>
    <message>
        <source>Women among this semester&apos;s students</source>
        <translation>Women among this semester&apos;s students</translation>
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
        <translation>Search people, institutions, agreements and courses (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation>Data file: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About EduFusion Desk</source>
        <translation>&amp;About EduFusion Desk</translation>
    </message>
    <message>
        <source>About EduFusion Desk</source>
        <translation>About EduFusion Desk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;EduFusion Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Academia–industry partnerships, educator training and certification, and the STEAM and entrepreneurship course catalogue of the Erasmus+ EduFusion consortium, kept on this computer and usable offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;EduFusion Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Academia–industry partnerships, educator training and certification, and the STEAM and entrepreneurship course catalogue of the Erasmus+ EduFusion consortium, kept on this computer and usable offline.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
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
        <translation type="unfinished">Course catalogue</translation>
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
        <translation>Academia–industry partnerships, educator certification and the STEAM course catalogue of the EduFusion consortium.</translation>
    </message>
    <message>
        <source>Open this data file instead of the default one.</source>
        <translation>Open this data file instead of the default one.</translation>
    </message>
    <message>
        <source>Create a national-scale data file for tests and benchmarks, then exit.</source>
        <translation>Create a national-scale data file for tests and benchmarks, then exit.</translation>
    </message>
    <message>
        <source>With --generate-national: the fraction of the national scale (default 1).</source>
        <translation>With --generate-national: the fraction of the national scale (default 1).</translation>
    </message>
    <message>
        <source>Interface language: kk, ru or en.</source>
        <translation>Interface language: kk, ru or en.</translation>
    </message>
    <message>
        <source>Generating: %1 %</source>
        <translation>Generating: %1 %</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 rows written to %2</translation>
    </message>
    <message>
        <source>Start in this module: dashboard, partnerships, renewals, programmes, events, participations, certificates, courses, offerings, enrollments, institutions, people, projects or indicators.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
