<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AmendCommand</name>
    <message>
        <source>amend %1</source>
        <translation>amend %1</translation>
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
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Checksum</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Added on</translation>
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
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Replaces</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Revoked on</translation>
    </message>
    <message>
        <source>Reason for revocation</source>
        <translation>Reason for revocation</translation>
    </message>
    <message>
        <source>Only a superseded certificate has a date and reason of reissue.</source>
        <translation>Only a superseded certificate has a date and reason of reissue.</translation>
    </message>
    <message>
        <source>Reissued on</source>
        <translation>Reissued on</translation>
    </message>
    <message>
        <source>Reason for reissue</source>
        <translation>Reason for reissue</translation>
    </message>
    <message>
        <source>Signed QR code</source>
        <translation>Signed QR code</translation>
    </message>
    <message>
        <source>Open Badges credential</source>
        <translation>Open Badges credential</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
</context>
<context>
    <name>CertificateAction</name>
    <message>
        <source>Say why.</source>
        <translation>Say why.</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Register entry</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>CertificateSignatory</name>
    <message>
        <source>Signatory</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Place on the page</source>
        <translation>Place on the page</translation>
    </message>
    <message>
        <source>A certificate has room for three signatures: 1 to 3.</source>
        <translation>A certificate has room for three signatures: 1 to 3.</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>Name as written</translation>
    </message>
    <message>
        <source>Name in Latin</source>
        <translation>Name in Latin</translation>
    </message>
    <message>
        <source>Title in Kazakh</source>
        <translation>Title in Kazakh</translation>
    </message>
    <message>
        <source>Title in Russian</source>
        <translation>Title in Russian</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Title in English</translation>
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
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title in Kazakh</source>
        <translation>Title in Kazakh</translation>
    </message>
    <message>
        <source>Title in Russian</source>
        <translation>Title in Russian</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Title in English</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>ECTS credits</source>
        <translation>ECTS credits</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Accreditation agency</source>
        <translation>Accreditation agency</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Accreditation</translation>
    </message>
    <message>
        <source>Accredited on</source>
        <translation>Accredited on</translation>
    </message>
    <message>
        <source>Accredited until</source>
        <translation>Accredited until</translation>
    </message>
    <message>
        <source>Climate-neutral</source>
        <translation>Climate-neutral</translation>
    </message>
    <message>
        <source>Gender-inclusive</source>
        <translation>Gender-inclusive</translation>
    </message>
    <message>
        <source>Learning outcomes</source>
        <translation>Learning outcomes</translation>
    </message>
</context>
<context>
    <name>CsvReportWriter</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
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
        <translation>A grade is given only when the course is completed or failed.</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Enrollment</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Offering</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grade (0–100)</source>
        <translation>Grade (0–100)</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Enrolled on</translation>
    </message>
</context>
<context>
    <name>EnumLabels</name>
    <message>
        <source>University</source>
        <comment>institution_kind</comment>
        <translation>University</translation>
    </message>
    <message>
        <source>Company</source>
        <comment>institution_kind</comment>
        <translation>Company</translation>
    </message>
    <message>
        <source>Public body</source>
        <comment>institution_kind</comment>
        <translation>Public body</translation>
    </message>
    <message>
        <source>Accreditation agency</source>
        <comment>institution_kind</comment>
        <translation>Accreditation agency</translation>
    </message>
    <message>
        <source>Network</source>
        <comment>institution_kind</comment>
        <translation>Network</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>institution_kind</comment>
        <translation>Other</translation>
    </message>
    <message>
        <source>Female</source>
        <comment>gender</comment>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <comment>gender</comment>
        <translation>Male</translation>
    </message>
    <message>
        <source>Not stated</source>
        <comment>gender</comment>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <comment>partnership_kind</comment>
        <translation>Memorandum of understanding</translation>
    </message>
    <message>
        <source>Internship agreement</source>
        <comment>partnership_kind</comment>
        <translation>Internship agreement</translation>
    </message>
    <message>
        <source>Dual education</source>
        <comment>partnership_kind</comment>
        <translation>Dual education</translation>
    </message>
    <message>
        <source>Joint project</source>
        <comment>partnership_kind</comment>
        <translation>Joint project</translation>
    </message>
    <message>
        <source>Research contract</source>
        <comment>partnership_kind</comment>
        <translation>Research contract</translation>
    </message>
    <message>
        <source>Proposed</source>
        <comment>partnership_status</comment>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <comment>partnership_status</comment>
        <translation>Negotiating</translation>
    </message>
    <message>
        <source>Signed</source>
        <comment>partnership_status</comment>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>partnership_status</comment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>partnership_status</comment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Terminated</source>
        <comment>partnership_status</comment>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>partnership_status</comment>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <comment>project_role</comment>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Partner</source>
        <comment>project_role</comment>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Associated partner</source>
        <comment>project_role</comment>
        <translation>Associated partner</translation>
    </message>
    <message>
        <source>People</source>
        <comment>indicator_unit</comment>
        <translation>People</translation>
    </message>
    <message>
        <source>Percent</source>
        <comment>indicator_unit</comment>
        <translation>Percent</translation>
    </message>
    <message>
        <source>Courses</source>
        <comment>indicator_unit</comment>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Modules</source>
        <comment>indicator_unit</comment>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Organisations</source>
        <comment>indicator_unit</comment>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Events</source>
        <comment>indicator_unit</comment>
        <translation>Events</translation>
    </message>
    <message>
        <source>Agreements</source>
        <comment>indicator_unit</comment>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>indicator_unit</comment>
        <translation>Other</translation>
    </message>
    <message>
        <source>Engineering pedagogy</source>
        <comment>training_topic</comment>
        <translation>Engineering pedagogy</translation>
    </message>
    <message>
        <source>Pedagogical psychology</source>
        <comment>training_topic</comment>
        <translation>Pedagogical psychology</translation>
    </message>
    <message>
        <source>Communication</source>
        <comment>training_topic</comment>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Interactive methods</source>
        <comment>training_topic</comment>
        <translation>Interactive methods</translation>
    </message>
    <message>
        <source>Reflective practice</source>
        <comment>training_topic</comment>
        <translation>Reflective practice</translation>
    </message>
    <message>
        <source>Entrepreneurship</source>
        <comment>training_topic</comment>
        <translation>Entrepreneurship</translation>
    </message>
    <message>
        <source>STEAM</source>
        <comment>training_topic</comment>
        <translation>STEAM</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>training_topic</comment>
        <translation>Other</translation>
    </message>
    <message>
        <source>National</source>
        <comment>certification_standard</comment>
        <translation>National</translation>
    </message>
    <message>
        <source>International</source>
        <comment>certification_standard</comment>
        <translation>International</translation>
    </message>
    <message>
        <source>Workshop</source>
        <comment>event_kind</comment>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Seminar</source>
        <comment>event_kind</comment>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>Study tour</source>
        <comment>event_kind</comment>
        <translation>Study tour</translation>
    </message>
    <message>
        <source>Train-the-Trainer</source>
        <comment>event_kind</comment>
        <translation>Train-the-Trainer</translation>
    </message>
    <message>
        <source>Info day</source>
        <comment>event_kind</comment>
        <translation>Info day</translation>
    </message>
    <message>
        <source>Webinar</source>
        <comment>event_kind</comment>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Conference</source>
        <comment>event_kind</comment>
        <translation>Conference</translation>
    </message>
    <message>
        <source>In person</source>
        <comment>event_mode</comment>
        <translation>In person</translation>
    </message>
    <message>
        <source>Online</source>
        <comment>event_mode</comment>
        <translation>Online</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <comment>event_mode</comment>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>participation_result</comment>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Passed</source>
        <comment>participation_result</comment>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>participation_result</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Valid</source>
        <comment>certificate_status</comment>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Superseded</source>
        <comment>certificate_status</comment>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>Revoked</source>
        <comment>certificate_status</comment>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>STEAM</source>
        <comment>course_area</comment>
        <translation>STEAM</translation>
    </message>
    <message>
        <source>Entrepreneurship</source>
        <comment>course_area</comment>
        <translation>Entrepreneurship</translation>
    </message>
    <message>
        <source>Online</source>
        <comment>course_delivery</comment>
        <translation>Online</translation>
    </message>
    <message>
        <source>Blended</source>
        <comment>course_delivery</comment>
        <translation>Blended</translation>
    </message>
    <message>
        <source>In person</source>
        <comment>course_delivery</comment>
        <translation>In person</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <comment>accreditation_status</comment>
        <translation>Not submitted</translation>
    </message>
    <message>
        <source>Submitted</source>
        <comment>accreditation_status</comment>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Accredited</source>
        <comment>accreditation_status</comment>
        <translation>Accredited</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>accreditation_status</comment>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>accreditation_status</comment>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <comment>enrollment_status</comment>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>enrollment_status</comment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>enrollment_status</comment>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>enrollment_status</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <comment>language</comment>
        <translation>Kazakh</translation>
    </message>
    <message>
        <source>Russian</source>
        <comment>language</comment>
        <translation>Russian</translation>
    </message>
    <message>
        <source>English</source>
        <comment>language</comment>
        <translation>English</translation>
    </message>
    <message>
        <source>Values entered by hand</source>
        <comment>indicator_measure</comment>
        <translation>Values entered by hand</translation>
    </message>
    <message>
        <source>Accredited courses</source>
        <comment>indicator_measure</comment>
        <translation>Accredited courses</translation>
    </message>
    <message>
        <source>As written (Cyrillic)</source>
        <comment>holder_script</comment>
        <translation>As written (Cyrillic)</translation>
    </message>
    <message>
        <source>In Latin</source>
        <comment>holder_script</comment>
        <translation>In Latin</translation>
    </message>
    <message>
        <source>As written and in Latin</source>
        <comment>holder_script</comment>
        <translation>As written and in Latin</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>certificate_action</comment>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Issued in place of another</source>
        <comment>certificate_action</comment>
        <translation>Issued in place of another</translation>
    </message>
    <message>
        <source>Replaced by a reissue</source>
        <comment>certificate_action</comment>
        <translation>Replaced by a reissue</translation>
    </message>
    <message>
        <source>Revoked</source>
        <comment>certificate_action</comment>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>People holding a valid certificate</source>
        <comment>indicator_measure</comment>
        <translation>People holding a valid certificate</translation>
    </message>
    <message>
        <source>People who took part in training events</source>
        <comment>indicator_measure</comment>
        <translation>People who took part in training events</translation>
    </message>
    <message>
        <source>Hours of training attended</source>
        <comment>indicator_measure</comment>
        <translation>Hours of training attended</translation>
    </message>
    <message>
        <source>Training events held</source>
        <comment>indicator_measure</comment>
        <translation>Training events held</translation>
    </message>
    <message>
        <source>Agreements signed</source>
        <comment>indicator_measure</comment>
        <translation>Agreements signed</translation>
    </message>
    <message>
        <source>Internships offered in agreements</source>
        <comment>indicator_measure</comment>
        <translation>Internships offered in agreements</translation>
    </message>
    <message>
        <source>Students placed through agreements</source>
        <comment>indicator_measure</comment>
        <translation>Students placed through agreements</translation>
    </message>
    <message>
        <source>Partner organisations with a signed agreement</source>
        <comment>indicator_measure</comment>
        <translation>Partner organisations with a signed agreement</translation>
    </message>
    <message>
        <source>Courses in the catalogue</source>
        <comment>indicator_measure</comment>
        <translation>Courses in the catalogue</translation>
    </message>
    <message>
        <source>Enrollments in courses</source>
        <comment>indicator_measure</comment>
        <translation>Enrollments in courses</translation>
    </message>
    <message>
        <source>People enrolled in courses</source>
        <comment>indicator_measure</comment>
        <translation>People enrolled in courses</translation>
    </message>
    <message>
        <source>The count</source>
        <comment>indicator_formula</comment>
        <translation>The count</translation>
    </message>
    <message>
        <source>Share of the denominator</source>
        <comment>indicator_formula</comment>
        <translation>Share of the denominator</translation>
    </message>
    <message>
        <source>Change from the previous semester</source>
        <comment>indicator_formula</comment>
        <translation>Change from the previous semester</translation>
    </message>
    <message>
        <source>Gender</source>
        <comment>report_dimension</comment>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Institution</source>
        <comment>report_dimension</comment>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Region</source>
        <comment>report_dimension</comment>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <comment>report_dimension</comment>
        <translation>Country</translation>
    </message>
    <message>
        <source>Certification standard</source>
        <comment>report_dimension</comment>
        <translation>Certification standard</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <comment>report_dimension</comment>
        <translation>Kind of event</translation>
    </message>
    <message>
        <source>Kind of agreement</source>
        <comment>report_dimension</comment>
        <translation>Kind of agreement</translation>
    </message>
    <message>
        <source>Lifecycle status</source>
        <comment>report_dimension</comment>
        <translation>Lifecycle status</translation>
    </message>
    <message>
        <source>Course area</source>
        <comment>report_dimension</comment>
        <translation>Course area</translation>
    </message>
    <message>
        <source>Semester</source>
        <comment>report_dimension</comment>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>report_dimension</comment>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>ErasmusReport</name>
    <message>
        <source>All projects</source>
        <translation>All projects</translation>
    </message>
    <message>
        <source>%1, all dates</source>
        <translation>%1, all dates</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, from %2</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, until %2</translation>
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
        <translation>%1, as a share of: %2</translation>
    </message>
    <message>
        <source>%1, change from %2 to %3</source>
        <translation>%1, change from %2 to %3</translation>
    </message>
    <message>
        <source>%1, change from the previous semester</source>
        <translation>%1, change from the previous semester</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>How it is counted</source>
        <translation>How it is counted</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Breakdowns</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>No institution</source>
        <translation>No institution</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Event starts</source>
        <translation>Event starts</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Hours attended</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>University</source>
        <translation>University</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partner&apos;s country</source>
        <translation>Partner&apos;s country</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
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
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>ECTS credits</source>
        <translation>ECTS credits</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Accreditation</translation>
    </message>
    <message>
        <source>Accredited on</source>
        <translation>Accredited on</translation>
    </message>
    <message>
        <source>Accredited until</source>
        <translation>Accredited until</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Enrollments</translation>
    </message>
    <message>
        <source>Course code</source>
        <translation>Course code</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Enrolled on</translation>
    </message>
</context>
<context>
    <name>EventTrainer</name>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>A percentage target cannot be above 100.</source>
        <translation>A percentage target cannot be above 100.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Name in Kazakh</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Name in Russian</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Measured by</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Values entered by hand have no conditions; leave this empty.</source>
        <translation>Values entered by hand have no conditions; leave this empty.</translation>
    </message>
    <message>
        <source>Only a share has a denominator: choose “Share of the denominator” or leave this empty.</source>
        <translation>Only a share has a denominator: choose “Share of the denominator” or leave this empty.</translation>
    </message>
    <message>
        <source>A share is counted from the records; values entered by hand cannot be one.</source>
        <translation>A share is counted from the records; values entered by hand cannot be one.</translation>
    </message>
    <message>
        <source>Choose the measure the share is taken of.</source>
        <translation>Choose the measure the share is taken of.</translation>
    </message>
    <message>
        <source>The denominator is counted from the records; choose another measure.</source>
        <translation>The denominator is counted from the records; choose another measure.</translation>
    </message>
    <message>
        <source>A share is measured in percent.</source>
        <translation>A share is measured in percent.</translation>
    </message>
    <message>
        <source>This measure has no semesters, so its change per semester cannot be counted.</source>
        <translation>This measure has no semesters, so its change per semester cannot be counted.</translation>
    </message>
    <message>
        <source>A change per semester is measured in percent.</source>
        <translation>A change per semester is measured in percent.</translation>
    </message>
    <message>
        <source>Only a share has conditions on its denominator; leave this empty.</source>
        <translation>Only a share has conditions on its denominator; leave this empty.</translation>
    </message>
    <message>
        <source>Counted only where</source>
        <translation>Counted only where</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Share of</source>
        <translation>Share of</translation>
    </message>
    <message>
        <source>Share of those where</source>
        <translation>Share of those where</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Counted from</translation>
    </message>
    <message>
        <source>Counted until</source>
        <translation>Counted until</translation>
    </message>
</context>
<context>
    <name>IndicatorValue</name>
    <message>
        <source>Indicator value</source>
        <translation>Indicator value</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Measured on</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
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
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Name in Kazakh</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Name in Russian</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>Country (ISO code)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>BIN</translation>
    </message>
    <message>
        <source>Erasmus+ PIC</source>
        <translation>Erasmus+ PIC</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
</context>
<context>
    <name>ListCatalog</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>BIN</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Name in Latin</source>
        <translation>Name in Latin</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Project number</source>
        <translation>Project number</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>University</source>
        <translation>University</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Renewals due</source>
        <translation>Renewals due</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <source>Training programmes</source>
        <translation>Training programmes</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Training events</source>
        <translation>Training events</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Hours attended</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>ECTS</source>
        <translation>ECTS</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Accreditation</translation>
    </message>
    <message>
        <source>Offerings</source>
        <translation>Offerings</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Enrollments</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Courses taught</source>
        <translation>Courses taught</translation>
    </message>
    <message>
        <source>Partnerships as contact</source>
        <translation>Partnerships as contact</translation>
    </message>
</context>
<context>
    <name>MeasureCatalog</name>
    <message>
        <source>Educator</source>
        <translation>Educator</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Industry contact</source>
        <translation>Industry contact</translation>
    </message>
    <message>
        <source>Abai Region</source>
        <translation>Abai Region</translation>
    </message>
    <message>
        <source>Akmola Region</source>
        <translation>Akmola Region</translation>
    </message>
    <message>
        <source>Aktobe Region</source>
        <translation>Aktobe Region</translation>
    </message>
    <message>
        <source>Almaty</source>
        <translation>Almaty</translation>
    </message>
    <message>
        <source>Almaty Region</source>
        <translation>Almaty Region</translation>
    </message>
    <message>
        <source>Astana</source>
        <translation>Astana</translation>
    </message>
    <message>
        <source>Atyrau Region</source>
        <translation>Atyrau Region</translation>
    </message>
    <message>
        <source>East Kazakhstan Region</source>
        <translation>East Kazakhstan Region</translation>
    </message>
    <message>
        <source>Karaganda Region</source>
        <translation>Karaganda Region</translation>
    </message>
    <message>
        <source>Kostanay Region</source>
        <translation>Kostanay Region</translation>
    </message>
    <message>
        <source>Kyzylorda Region</source>
        <translation>Kyzylorda Region</translation>
    </message>
    <message>
        <source>Mangystau Region</source>
        <translation>Mangystau Region</translation>
    </message>
    <message>
        <source>North Kazakhstan Region</source>
        <translation>North Kazakhstan Region</translation>
    </message>
    <message>
        <source>Pavlodar Region</source>
        <translation>Pavlodar Region</translation>
    </message>
    <message>
        <source>Shymkent</source>
        <translation>Shymkent</translation>
    </message>
    <message>
        <source>Turkistan Region</source>
        <translation>Turkistan Region</translation>
    </message>
    <message>
        <source>Ulytau Region</source>
        <translation>Ulytau Region</translation>
    </message>
    <message>
        <source>West Kazakhstan Region</source>
        <translation>West Kazakhstan Region</translation>
    </message>
    <message>
        <source>Zhambyl Region</source>
        <translation>Zhambyl Region</translation>
    </message>
    <message>
        <source>Zhetysu Region</source>
        <translation>Zhetysu Region</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazakhstan</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Uzbekistan</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tajikistan</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkmenistan</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kyrgyzstan</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spain</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Germany</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italy</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sweden</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgium</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>No region</translation>
    </message>
</context>
<context>
    <name>MeasureCondition</name>
    <message>
        <source>Condition %1 (“%2”) is not of the form dimension=value, such as gender=female.</source>
        <translation>Condition %1 (“%2”) is not of the form dimension=value, such as gender=female.</translation>
    </message>
    <message>
        <source>Condition %1: “%2” cannot be counted by “%3”; it can be by: %4.</source>
        <translation>Condition %1: “%2” cannot be counted by “%3”; it can be by: %4.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>Condition %1: “%2” is not a valid value for “%3”.</source>
        <translation>Condition %1: “%2” is not a valid value for “%3”.</translation>
    </message>
    <message>
        <source>Condition %1: “%2” is not a value of “%3”; choose one of: %4.</source>
        <translation>Condition %1: “%2” is not a value of “%3”; choose one of: %4.</translation>
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
        <translation>%1 already exists; choose a new file name for the generated store.</translation>
    </message>
    <message>
        <source>The generated store could not be renamed to %1.</source>
        <translation>The generated store could not be renamed to %1.</translation>
    </message>
</context>
<context>
    <name>Offering</name>
    <message>
        <source>Enter a capacity of at least 1, or leave it empty.</source>
        <translation>Enter a capacity of at least 1, or leave it empty.</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Offering</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Language of teaching</source>
        <translation>Language of teaching</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
</context>
<context>
    <name>OfficeKey</name>
    <message>
        <source>The block of numbers ends before it starts.</source>
        <translation>The block of numbers ends before it starts.</translation>
    </message>
    <message>
        <source>The key certificate is missing.</source>
        <translation>The key certificate is missing.</translation>
    </message>
    <message>
        <source>Office signing key</source>
        <translation>Office signing key</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Key id</translation>
    </message>
    <message>
        <source>A key id is 16 hexadecimal digits.</source>
        <translation>A key id is 16 hexadecimal digits.</translation>
    </message>
    <message>
        <source>Signs from</source>
        <translation>Signs from</translation>
    </message>
    <message>
        <source>Signs until</source>
        <translation>Signs until</translation>
    </message>
    <message>
        <source>First number</source>
        <translation>First number</translation>
    </message>
    <message>
        <source>Numbers run from 1 to 999999.</source>
        <translation>Numbers run from 1 to 999999.</translation>
    </message>
    <message>
        <source>Last number</source>
        <translation>Last number</translation>
    </message>
    <message>
        <source>Demo key</source>
        <translation>Demo key</translation>
    </message>
    <message>
        <source>Key certificate</source>
        <translation>Key certificate</translation>
    </message>
</context>
<context>
    <name>Participation</name>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Hours attended</translation>
    </message>
    <message>
        <source>Assessment (0–100)</source>
        <translation>Assessment (0–100)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
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
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>University</source>
        <translation>University</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
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
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PartnershipAmendment</name>
    <message>
        <source>Amendments are numbered from 1.</source>
        <translation>Amendments are numbered from 1.</translation>
    </message>
    <message>
        <source>The list of changed terms is missing or damaged.</source>
        <translation>The list of changed terms is missing or damaged.</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date of the amendment</source>
        <translation>Date of the amendment</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Changed terms</source>
        <translation>Changed terms</translation>
    </message>
    <message>
        <source>Signed document</source>
        <translation>Signed document</translation>
    </message>
</context>
<context>
    <name>PartnershipChanges</name>
    <message>
        <source>An agreement cannot go from “%1” to “%2”.</source>
        <translation>An agreement cannot go from “%1” to “%2”.</translation>
    </message>
    <message>
        <source>This agreement is signed: record the change as an amendment.</source>
        <translation>This agreement is signed: record the change as an amendment.</translation>
    </message>
    <message>
        <source>This agreement is not signed yet: edit it directly.</source>
        <translation>This agreement is not signed yet: edit it directly.</translation>
    </message>
    <message>
        <source>This amendment changes none of the agreement&apos;s terms.</source>
        <translation>This amendment changes none of the agreement&apos;s terms.</translation>
    </message>
    <message>
        <source>An amendment cannot be dated before the agreement was signed (%1).</source>
        <translation>An amendment cannot be dated before the agreement was signed (%1).</translation>
    </message>
</context>
<context>
    <name>PartnershipContact</name>
    <message>
        <source>Partnership contact</source>
        <translation>Partnership contact</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>%1 · page %2</source>
        <translation>%1 · page %2</translation>
    </message>
    <message>
        <source>Erasmus+ report</source>
        <translation>Erasmus+ report</translation>
    </message>
    <message>
        <source>Made on %1 with EduFusion Desk from the office&apos;s data.</source>
        <translation>Made on %1 with EduFusion Desk from the office&apos;s data.</translation>
    </message>
    <message>
        <source>No project chosen, or the project has no indicators.</source>
        <translation>No project chosen, or the project has no indicators.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows of %1; the workbook and the CSV files have them all.</source>
        <translation>
            <numerusform>The first %n row of %1; the workbook and the CSV files have them all.</numerusform>
            <numerusform>The first %n rows of %1; the workbook and the CSV files have them all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nothing in this period.</translation>
    </message>
    <message>
        <source>Progress to the targets (the dashed line is the target)</source>
        <translation>Progress to the targets (the dashed line is the target)</translation>
    </message>
    <message>
        <source>%1 by gender</source>
        <translation>%1 by gender</translation>
    </message>
    <message>
        <source>%1 by region</source>
        <translation>%1 by region</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Choose the person&apos;s roles from the list.</source>
        <translation>Choose the person&apos;s roles from the list.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Family name in Latin</source>
        <translation>Family name in Latin</translation>
    </message>
    <message>
        <source>Given name in Latin</source>
        <translation>Given name in Latin</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Project number</source>
        <translation>Project number</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
</context>
<context>
    <name>ProjectPartner</name>
    <message>
        <source>Project partner</source>
        <translation>Project partner</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>PublishedRevocationList</name>
    <message>
        <source>The signed list is missing.</source>
        <translation>The signed list is missing.</translation>
    </message>
    <message>
        <source>Revocation list</source>
        <translation>Revocation list</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Key id</translation>
    </message>
    <message>
        <source>A key id is 16 hexadecimal digits.</source>
        <translation>A key id is 16 hexadecimal digits.</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequence</translation>
    </message>
    <message>
        <source>The sequence counts from 1.</source>
        <translation>The sequence counts from 1.</translation>
    </message>
    <message>
        <source>Signed list</source>
        <translation>Signed list</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>edit %1</source>
        <translation>edit %1</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>create %1</translation>
    </message>
</context>
<context>
    <name>Semester</name>
    <message>
        <source>Spring %1</source>
        <translation>Spring %1</translation>
    </message>
    <message>
        <source>Summer %1</source>
        <translation>Summer %1</translation>
    </message>
    <message>
        <source>Autumn %1</source>
        <translation>Autumn %1</translation>
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
            <numerusform>%n field needs attention.</numerusform>
            <numerusform>%n fields need attention.</numerusform>
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
    <message>
        <source>Training event</source>
        <translation>Training event</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>Country (ISO code)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
</context>
<context>
    <name>TrainingProgramme</name>
    <message>
        <source>Enter the programme&apos;s hours, from 1 to 2000.</source>
        <translation>Enter the programme&apos;s hours, from 1 to 2000.</translation>
    </message>
    <message>
        <source>Training programme</source>
        <translation>Training programme</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title in Kazakh</source>
        <translation>Title in Kazakh</translation>
    </message>
    <message>
        <source>Title in Russian</source>
        <translation>Title in Russian</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Title in English</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Certification standard</source>
        <translation>Certification standard</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>ECTS credits come in half points, such as 1.5.</source>
        <translation>ECTS credits come in half points, such as 1.5.</translation>
    </message>
    <message>
        <source>The hours needed for a certificate cannot exceed the programme&apos;s %1 hours.</source>
        <translation>The hours needed for a certificate cannot exceed the programme&apos;s %1 hours.</translation>
    </message>
    <message>
        <source>Choose the languages from Kazakh, Russian and English.</source>
        <translation>Choose the languages from Kazakh, Russian and English.</translation>
    </message>
    <message>
        <source>Each language is listed once.</source>
        <translation>Each language is listed once.</translation>
    </message>
    <message>
        <source>There is no certificate design “%1”.</source>
        <translation>There is no certificate design “%1”.</translation>
    </message>
    <message>
        <source>ECTS credits</source>
        <translation>ECTS credits</translation>
    </message>
    <message>
        <source>Enter the ECTS credits, from 0 (none) to 60.</source>
        <translation>Enter the ECTS credits, from 0 (none) to 60.</translation>
    </message>
    <message>
        <source>Hours to attend for a certificate</source>
        <translation>Hours to attend for a certificate</translation>
    </message>
    <message>
        <source>Enter the hours to attend, from 0 to 2000, or leave it empty for every hour of the event.</source>
        <translation>Enter the hours to attend, from 0 to 2000, or leave it empty for every hour of the event.</translation>
    </message>
    <message>
        <source>Assessment needed for a certificate (0–100)</source>
        <translation>Assessment needed for a certificate (0–100)</translation>
    </message>
    <message>
        <source>Enter the assessment needed, from 0 to 100, or leave it empty when none is needed.</source>
        <translation>Enter the assessment needed, from 0 to 100, or leave it empty when none is needed.</translation>
    </message>
    <message>
        <source>Certificates valid for (months)</source>
        <translation>Certificates valid for (months)</translation>
    </message>
    <message>
        <source>Enter the months, from 1 to 240, or leave it empty when certificates do not expire.</source>
        <translation>Enter the months, from 1 to 240, or leave it empty when certificates do not expire.</translation>
    </message>
    <message>
        <source>Certificate design</source>
        <translation>Certificate design</translation>
    </message>
    <message>
        <source>Certificate languages</source>
        <translation>Certificate languages</translation>
    </message>
    <message>
        <source>Holder&apos;s name on certificates</source>
        <translation>Holder&apos;s name on certificates</translation>
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
            <numerusform>Use at most %n character.</numerusform>
            <numerusform>Use at most %n characters.</numerusform>
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
    <message>
        <source>Choose one of the values in the list.</source>
        <translation>Choose one of the values in the list.</translation>
    </message>
    <message>
        <source>Choose a semester.</source>
        <translation>Choose a semester.</translation>
    </message>
</context>
<context>
    <name>XlsxReportWriter</name>
    <message>
        <source>Cannot create a temporary folder for the workbook.</source>
        <translation>Cannot create a temporary folder for the workbook.</translation>
    </message>
    <message>
        <source>Cannot create the workbook.</source>
        <translation>Cannot create the workbook.</translation>
    </message>
    <message>
        <source>Cannot write the workbook: %1.</source>
        <translation>Cannot write the workbook: %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
</context>
<context>
    <name>ef::AddParticipantsDialog</name>
    <message>
        <source>Add participants</source>
        <translation>Add participants</translation>
    </message>
    <message>
        <source>Find people by name in Cyrillic or Latin and tick everyone who took part. People already recorded are greyed out.</source>
        <translation>Find people by name in Cyrillic or Latin and tick everyone who took part. People already recorded are greyed out.</translation>
    </message>
    <message>
        <source>Name…</source>
        <translation>Name…</translation>
    </message>
    <message>
        <source>Find people</source>
        <translation>Find people</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>People found</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Hours attended</translation>
    </message>
    <message>
        <source>Hours attended by each:</source>
        <translation>Hours attended by each:</translation>
    </message>
    <message>
        <source>Already a participant</source>
        <translation>Already a participant</translation>
    </message>
    <message numerus="yes">
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>Add %n participant</numerusform>
            <numerusform>Add %n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants not added</source>
        <translation>Participants not added</translation>
    </message>
    <message numerus="yes">
        <source>add %n participant(s)</source>
        <translation>
            <numerusform>add %n participant</numerusform>
            <numerusform>add %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ef::AmendmentDialog</name>
    <message>
        <source>Record an amendment</source>
        <translation>Record an amendment</translation>
    </message>
    <message>
        <source>This agreement is signed, so its terms change only by an amendment. It changes: %1.</source>
        <translation>This agreement is signed, so its terms change only by an amendment. It changes: %1.</translation>
    </message>
    <message>
        <source>Date of the amendment</source>
        <translation>Date of the amendment</translation>
    </message>
    <message>
        <source>Date of the amendment *</source>
        <translation>Date of the amendment *</translation>
    </message>
    <message>
        <source>What the amendment changes</source>
        <translation>What the amendment changes</translation>
    </message>
    <message>
        <source>What it changes *</source>
        <translation>What it changes *</translation>
    </message>
    <message>
        <source>The signed amendment (optional)</source>
        <translation>The signed amendment (optional)</translation>
    </message>
    <message>
        <source>Signed document</source>
        <translation>Signed document</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Record the amendment</source>
        <translation>Record the amendment</translation>
    </message>
    <message>
        <source>The signed amendment</source>
        <translation>The signed amendment</translation>
    </message>
    <message>
        <source>Say in a sentence what the amendment changes.</source>
        <translation>Say in a sentence what the amendment changes.</translation>
    </message>
</context>
<context>
    <name>ef::AttendanceSheet</name>
    <message>
        <source>There is no such event.</source>
        <translation>There is no such event.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>List of participants</source>
        <translation>List of participants</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Dates: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>Programme: %1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Hours: %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>Days present</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Hours attended</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>No participants are recorded yet.</source>
        <translation>No participants are recorded yet.</translation>
    </message>
    <message>
        <source>I confirm that the people who signed above attended on the days marked.

Organiser&apos;s name and signature: ______________________________    Date: ______________</source>
        <translation>I confirm that the people who signed above attended on the days marked.

Organiser&apos;s name and signature: ______________________________    Date: ______________</translation>
    </message>
</context>
<context>
    <name>ef::CertificateActionDialog</name>
    <message>
        <source>%1 is %2: it cannot be changed so.</source>
        <translation>%1 is %2: it cannot be changed so.</translation>
    </message>
    <message>
        <source>Choose a certificate in the list first.</source>
        <translation>Choose a certificate in the list first.</translation>
    </message>
    <message>
        <source>Reissue certificate</source>
        <translation>Reissue certificate</translation>
    </message>
    <message>
        <source>Revoke certificate</source>
        <translation>Revoke certificate</translation>
    </message>
    <message>
        <source>%1 (%2) gets a new number and a new signature; the old certificate is marked as replaced, with the reason below, on every verifier&apos;s list.</source>
        <translation>%1 (%2) gets a new number and a new signature; the old certificate is marked as replaced, with the reason below, on every verifier&apos;s list.</translation>
    </message>
    <message>
        <source>%1 (%2) is revoked for good: every verifier that has the revocation list reads it as revoked, with the reason below.</source>
        <translation>%1 (%2) is revoked for good: every verifier that has the revocation list reads it as revoked, with the reason below.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Such as: the holder&apos;s name was misspelt</source>
        <translation>Such as: the holder&apos;s name was misspelt</translation>
    </message>
    <message>
        <source>Such as: issued by mistake</source>
        <translation>Such as: issued by mistake</translation>
    </message>
    <message>
        <source>Reissued &amp;on:</source>
        <translation>Reissued &amp;on:</translation>
    </message>
    <message>
        <source>Revoked &amp;on:</source>
        <translation>Revoked &amp;on:</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>Key &amp;passphrase:</translation>
    </message>
    <message>
        <source>Re&amp;issue</source>
        <translation>Re&amp;issue</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Re&amp;voke</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2 are kept.</source>
        <translation>The reason is %1 characters long; at most %2 are kept.</translation>
    </message>
    <message>
        <source>Certificate not reissued</source>
        <translation>Certificate not reissued</translation>
    </message>
    <message>
        <source>Certificate not revoked</source>
        <translation>Certificate not revoked</translation>
    </message>
    <message>
        <source>reissue %1</source>
        <translation>reissue %1</translation>
    </message>
    <message>
        <source>revoke %1</source>
        <translation>revoke %1</translation>
    </message>
</context>
<context>
    <name>ef::CertificateBatchTask</name>
    <message numerus="yes">
        <source>Preparing %n certificate(s)…</source>
        <translation>
            <numerusform>Preparing %n certificate…</numerusform>
            <numerusform>Preparing %n certificates…</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no certificates to print.</source>
        <translation>There are no certificates to print.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>The folder %1 cannot be made.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Certificate %1 of %2: %3</source>
        <translation>Certificate %1 of %2: %3</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
    <message>
        <source>The printer cannot be used.</source>
        <translation>The printer cannot be used.</translation>
    </message>
    <message>
        <source>The printer refused a page.</source>
        <translation>The printer refused a page.</translation>
    </message>
</context>
<context>
    <name>ef::CertificateCheck</name>
    <message>
        <source>“%1” is not a certificate number such as EF-EKTU-2026-000123.</source>
        <translation>“%1” is not a certificate number such as EF-EKTU-2026-000123.</translation>
    </message>
    <message>
        <source>A number is checked against a data file&apos;s register.</source>
        <translation>A number is checked against a data file&apos;s register.</translation>
    </message>
    <message>
        <source>%1 is not in this data file&apos;s register.</source>
        <translation>%1 is not in this data file&apos;s register.</translation>
    </message>
    <message>
        <source>The picture cannot be read.</source>
        <translation>The picture cannot be read.</translation>
    </message>
    <message>
        <source>There is no QR code in the picture.</source>
        <translation>There is no QR code in the picture.</translation>
    </message>
    <message>
        <source>Give a PDF, a picture, the text of a QR code or a certificate number.</source>
        <translation>Give a PDF, a picture, the text of a QR code or a certificate number.</translation>
    </message>
    <message>
        <source>%1 is neither a file, the text of a certificate&apos;s QR code nor a certificate number.</source>
        <translation>%1 is neither a file, the text of a certificate&apos;s QR code nor a certificate number.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>There is no QR code in %1.</source>
        <translation>There is no QR code in %1.</translation>
    </message>
</context>
<context>
    <name>ef::CertificateCommand</name>
    <message>
        <source>There is no data file %1.</source>
        <translation>There is no data file %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 is too large.</translation>
    </message>
    <message>
        <source>%1 is not a JSON file.</source>
        <translation>%1 is not a JSON file.</translation>
    </message>
    <message>
        <source>%1 exists already; it is left as it is.</source>
        <translation>%1 exists already; it is left as it is.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Number: %1</translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation>Holder: %1</translation>
    </message>
    <message>
        <source>Holder in Latin: %1</source>
        <translation>Holder in Latin: %1</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>Programme: %1</translation>
    </message>
    <message>
        <source>Event: %1 – %2</source>
        <translation>Event: %1 – %2</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Hours: %1</translation>
    </message>
    <message>
        <source>ECTS credits: %1</source>
        <translation>ECTS credits: %1</translation>
    </message>
    <message>
        <source>Issued on: %1</source>
        <translation>Issued on: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Valid until: %1</translation>
    </message>
    <message>
        <source>Replaces: %1</source>
        <translation>Replaces: %1</translation>
    </message>
    <message>
        <source>Signed by: %1, key %2%3</source>
        <translation>Signed by: %1, key %2%3</translation>
    </message>
    <message>
        <source> (demo key)</source>
        <translation> (demo key)</translation>
    </message>
    <message>
        <source>Give a PDF, a picture, the text of a QR code or a certificate number to verify.</source>
        <translation>Give a PDF, a picture, the text of a QR code or a certificate number to verify.</translation>
    </message>
    <message>
        <source>Give --event ID or --number N, and --out FOLDER.</source>
        <translation>Give --event ID or --number N, and --out FOLDER.</translation>
    </message>
    <message>
        <source>%1 is not in this data file&apos;s register.</source>
        <translation>%1 is not in this data file&apos;s register.</translation>
    </message>
    <message>
        <source>“%1” is not an event&apos;s id.</source>
        <translation>“%1” is not an event&apos;s id.</translation>
    </message>
    <message>
        <source>The event has no valid certificates.</source>
        <translation>The event has no valid certificates.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>The folder %1 cannot be made.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written.</source>
        <translation>
            <numerusform>%n certificate written.</numerusform>
            <numerusform>%n certificates written.</numerusform>
        </translation>
    </message>
    <message>
        <source>This data file trusts no consortium root key.</source>
        <translation>This data file trusts no consortium root key.</translation>
    </message>
    <message>
        <source>Root key %1%2</source>
        <translation>Root key %1%2</translation>
    </message>
    <message>
        <source>The passphrase (EDUFUSION_PASSPHRASE or the first line of standard input) must have at least 8 characters.</source>
        <translation>The passphrase (EDUFUSION_PASSPHRASE or the first line of standard input) must have at least 8 characters.</translation>
    </message>
    <message>
        <source>Give the root key&apos;s file: --key-file FILE.</source>
        <translation>Give the root key&apos;s file: --key-file FILE.</translation>
    </message>
    <message>
        <source>Root key %1 written to %2, sealed with the passphrase. Keep the file and the passphrase apart, on computers that never go online.</source>
        <translation>Root key %1 written to %2, sealed with the passphrase. Keep the file and the passphrase apart, on computers that never go online.</translation>
    </message>
    <message>
        <source>Give the office&apos;s code (--office EKTU: capital letters and digits) and the request file to write (--request FILE).</source>
        <translation>Give the office&apos;s code (--office EKTU: capital letters and digits) and the request file to write (--request FILE).</translation>
    </message>
    <message>
        <source>Key %1 of %2 made and sealed in %3. Send %4 to the consortium&apos;s coordinator to certify.</source>
        <translation>Key %1 of %2 made and sealed in %3. Send %4 to the consortium&apos;s coordinator to certify.</translation>
    </message>
    <message>
        <source>%1 is not a root key.</source>
        <translation>%1 is not a root key.</translation>
    </message>
    <message>
        <source>%1 is not a key request.</source>
        <translation>%1 is not a key request.</translation>
    </message>
    <message>
        <source>This key is certified already.</source>
        <translation>This key is certified already.</translation>
    </message>
    <message>
        <source>The office %1 has no numbers left to give.</source>
        <translation>The office %1 has no numbers left to give.</translation>
    </message>
    <message>
        <source>The root has not certified a key %1.</source>
        <translation>The root has not certified a key %1.</translation>
    </message>
    <message>
        <source>The key&apos;s last day comes before its first.</source>
        <translation>The key&apos;s last day comes before its first.</translation>
    </message>
    <message>
        <source>Key %1 of %2 certified from %3 to %4 for numbers %5 to %6; certificate written to %7.</source>
        <translation>Key %1 of %2 certified from %3 to %4 for numbers %5 to %6; certificate written to %7.</translation>
    </message>
    <message>
        <source>Key %1 of %2 retired: it signs until %4 (from %3), numbers %5 to %6; certificate written to %7.</source>
        <translation>Key %1 of %2 retired: it signs until %4 (from %3), numbers %5 to %6; certificate written to %7.</translation>
    </message>
    <message>
        <source>Key %1 of %2 may sign from %3 to %4.</source>
        <translation>Key %1 of %2 may sign from %3 to %4.</translation>
    </message>
    <message>
        <source>A demo root is trusted by demo data only; it is left out.</source>
        <translation>A demo root is trusted by demo data only; it is left out.</translation>
    </message>
    <message>
        <source>Root key %1 trusted.</source>
        <translation>Root key %1 trusted.</translation>
    </message>
    <message numerus="yes">
        <source>%n office key(s) taken in.</source>
        <translation>
            <numerusform>%n office key taken in.</numerusform>
            <numerusform>%n office keys taken in.</numerusform>
        </translation>
    </message>
    <message>
        <source>  retired</source>
        <translation>  retired</translation>
    </message>
    <message>
        <source>  demo</source>
        <translation>  demo</translation>
    </message>
    <message>
        <source>  on this computer</source>
        <translation>  on this computer</translation>
    </message>
    <message>
        <source>Unknown key ceremony action “%1”: use one of %2.</source>
        <translation>Unknown key ceremony action “%1”: use one of %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n office key(s) written to %1</source>
        <translation>
            <numerusform>%n office key written to %1</numerusform>
            <numerusform>%n office keys written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revocation list(s) written to %1</source>
        <translation>
            <numerusform>%n revocation list written to %1</numerusform>
            <numerusform>%n revocation lists written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ef::CertificateEligibility</name>
    <message>
        <source>The event no longer exists.</source>
        <translation>The event no longer exists.</translation>
    </message>
    <message>
        <source>“%1” belongs to no training programme, so there is nothing to certify it against.</source>
        <translation>“%1” belongs to no training programme, so there is nothing to certify it against.</translation>
    </message>
    <message>
        <source>Already holds certificate %1.</source>
        <translation>Already holds certificate %1.</translation>
    </message>
    <message>
        <source>Did not pass the event.</source>
        <translation>Did not pass the event.</translation>
    </message>
    <message>
        <source>Attended %1 of the %2 hours needed.</source>
        <translation>Attended %1 of the %2 hours needed.</translation>
    </message>
    <message>
        <source>No assessment is recorded; %1 is needed.</source>
        <translation>No assessment is recorded; %1 is needed.</translation>
    </message>
    <message>
        <source>Assessment %1 is below the %2 needed.</source>
        <translation>Assessment %1 is below the %2 needed.</translation>
    </message>
    <message>
        <source>The name in Latin script is missing.</source>
        <translation>The name in Latin script is missing.</translation>
    </message>
</context>
<context>
    <name>ef::CertificateKeys</name>
    <message>
        <source>A root key is 32 bytes long.</source>
        <translation>A root key is 32 bytes long.</translation>
    </message>
    <message>
        <source>This data file trusts no consortium root key yet.</source>
        <translation>This data file trusts no consortium root key yet.</translation>
    </message>
    <message>
        <source>The key certificate is not signed by a root key this data file trusts.</source>
        <translation>The key certificate is not signed by a root key this data file trusts.</translation>
    </message>
    <message>
        <source>This data file has no institution of its own yet to keep the key under: sign in to the consortium&apos;s server first.</source>
        <translation>This data file has no institution of its own yet to keep the key under: sign in to the consortium&apos;s server first.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Choose a passphrase of at least 8 characters.</translation>
    </message>
    <message>
        <source>There is not enough memory to seal the key.</source>
        <translation>There is not enough memory to seal the key.</translation>
    </message>
    <message>
        <source>This computer holds no key %1.</source>
        <translation>This computer holds no key %1.</translation>
    </message>
    <message>
        <source>This key is kept in the system&apos;s keychain.</source>
        <translation>This key is kept in the system&apos;s keychain.</translation>
    </message>
</context>
<context>
    <name>ef::CertificateOutputDialog</name>
    <message>
        <source>Certificates not written</source>
        <translation>Certificates not written</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n certificate(s)…</source>
        <translation>
            <numerusform>Writing %n certificate…</numerusform>
            <numerusform>Writing %n certificates…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ef::CertificatePdf</name>
    <message>
        <source>No PDF is being written.</source>
        <translation>No PDF is being written.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
    <message>
        <source>%1 is in use and cannot be replaced.</source>
        <translation>%1 is in use and cannot be replaced.</translation>
    </message>
</context>
<context>
    <name>ef::CertificateRegister</name>
    <message>
        <source>this computer&apos;s user</source>
        <translation>this computer&apos;s user</translation>
    </message>
    <message>
        <source>The numbers this computer&apos;s key may give in %1 (%2 to %3) are used up: ask the consortium&apos;s coordinator for a new key certificate.</source>
        <translation>The numbers this computer&apos;s key may give in %1 (%2 to %3) are used up: ask the consortium&apos;s coordinator for a new key certificate.</translation>
    </message>
    <message>
        <source>The event or the participant no longer exists.</source>
        <translation>The event or the participant no longer exists.</translation>
    </message>
    <message>
        <source>The event belongs to no training programme.</source>
        <translation>The event belongs to no training programme.</translation>
    </message>
    <message>
        <source>The name of %1 is too long for the certificate&apos;s QR code.</source>
        <translation>The name of %1 is too long for the certificate&apos;s QR code.</translation>
    </message>
    <message>
        <source>This computer&apos;s key may not sign on %1.</source>
        <translation>This computer&apos;s key may not sign on %1.</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation>The event no longer exists.</translation>
    </message>
    <message>
        <source>This computer&apos;s key signs for %1, the event is another office&apos;s.</source>
        <translation>This computer&apos;s key signs for %1, the event is another office&apos;s.</translation>
    </message>
    <message>
        <source>Choose whom to issue certificates to.</source>
        <translation>Choose whom to issue certificates to.</translation>
    </message>
    <message>
        <source>The certificate no longer exists.</source>
        <translation>The certificate no longer exists.</translation>
    </message>
    <message>
        <source>Only a valid certificate can be reissued; %1 is %2.</source>
        <translation>Only a valid certificate can be reissued; %1 is %2.</translation>
    </message>
    <message>
        <source>Say why the certificate is reissued.</source>
        <translation>Say why the certificate is reissued.</translation>
    </message>
    <message>
        <source>%1 names no event, so it cannot be reissued here.</source>
        <translation>%1 names no event, so it cannot be reissued here.</translation>
    </message>
    <message>
        <source>%1 is revoked already.</source>
        <translation>%1 is revoked already.</translation>
    </message>
    <message>
        <source>Say why the certificate is revoked.</source>
        <translation>Say why the certificate is revoked.</translation>
    </message>
    <message>
        <source>A revocation is signed: unlock this computer&apos;s key first.</source>
        <translation>A revocation is signed: unlock this computer&apos;s key first.</translation>
    </message>
    <message>
        <source>This has already gone to the server and stays: revoke or reissue the certificate instead.</source>
        <translation>This has already gone to the server and stays: revoke or reissue the certificate instead.</translation>
    </message>
    <message>
        <source>The holder of %1 no longer exists.</source>
        <translation>The holder of %1 no longer exists.</translation>
    </message>
</context>
<context>
    <name>ef::CertificateTemplate</name>
    <message>
        <source>unknown field “%1”</source>
        <translation>unknown field “%1”</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>must be between %1 and %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>must be a text</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>must be one of: %1</translation>
    </message>
    <message>
        <source>must be a colour written #RRGGBB, not “%1”</source>
        <translation>must be a colour written #RRGGBB, not “%1”</translation>
    </message>
    <message>
        <source>unknown field “{%1}”</source>
        <translation>unknown field “{%1}”</translation>
    </message>
    <message>
        <source>reaches beyond its page or block (%1 × %2 mm)</source>
        <translation>reaches beyond its page or block (%1 × %2 mm)</translation>
    </message>
    <message>
        <source>must name an SVG file in the logos folder, not “%1”</source>
        <translation>must name an SVG file in the logos folder, not “%1”</translation>
    </message>
    <message>
        <source>there is no logo “%1”</source>
        <translation>there is no logo “%1”</translation>
    </message>
    <message>
        <source>reaches beyond its page</source>
        <translation>reaches beyond its page</translation>
    </message>
    <message>
        <source>must be a list of elements</source>
        <translation>must be a list of elements</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, field %2: %3</source>
        <translation>%1, field %2: %3</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>is larger than 1 MB</source>
        <translation>is larger than 1 MB</translation>
    </message>
    <message>
        <source>is not valid JSON at byte %1: %2</source>
        <translation>is not valid JSON at byte %1: %2</translation>
    </message>
    <message>
        <source>is not a certificate template</source>
        <translation>is not a certificate template</translation>
    </message>
    <message>
        <source>must give the design&apos;s name in kk, ru and en</source>
        <translation>must give the design&apos;s name in kk, ru and en</translation>
    </message>
    <message>
        <source>must place exactly one QR code (type “qr”), not %1</source>
        <translation>must place exactly one QR code (type “qr”), not %1</translation>
    </message>
    <message>
        <source>is not one of the certificate designs</source>
        <translation>is not one of the certificate designs</translation>
    </message>
</context>
<context>
    <name>ef::CertificateTexts</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at byte %2: %3</source>
        <translation>%1 is not valid JSON at byte %2: %3</translation>
    </message>
    <message>
        <source>%1 is not a file of certificate texts.</source>
        <translation>%1 is not a file of certificate texts.</translation>
    </message>
    <message>
        <source>%1: the text “%2” has no %3 version.</source>
        <translation>%1: the text “%2” has no %3 version.</translation>
    </message>
    <message>
        <source>%1: the date format “%2” has no %3 version.</source>
        <translation>%1: the date format “%2” has no %3 version.</translation>
    </message>
</context>
<context>
    <name>ef::CertificateUi</name>
    <message>
        <source>&amp;Verify a certificate</source>
        <translation>&amp;Verify a certificate</translation>
    </message>
    <message>
        <source>&amp;Issue certificates for an event…</source>
        <translation>&amp;Issue certificates for an event…</translation>
    </message>
    <message>
        <source>&amp;Reissue certificate…</source>
        <translation>&amp;Reissue certificate…</translation>
    </message>
    <message>
        <source>Re&amp;voke certificate…</source>
        <translation>Re&amp;voke certificate…</translation>
    </message>
    <message>
        <source>&amp;Print certificates…</source>
        <translation>&amp;Print certificates…</translation>
    </message>
    <message>
        <source>&amp;Export certificates as PDF files…</source>
        <translation>&amp;Export certificates as PDF files…</translation>
    </message>
    <message>
        <source>Export certificates as &amp;one PDF file…</source>
        <translation>Export certificates as &amp;one PDF file…</translation>
    </message>
    <message>
        <source>Certificate &amp;designs…</source>
        <translation>Certificate &amp;designs…</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>&amp;Certificates</translation>
    </message>
    <message>
        <source>Print certificates</source>
        <translation>Print certificates</translation>
    </message>
    <message>
        <source>Choose a certificate in the list of certificates, or an event whose valid certificates to print.</source>
        <translation>Choose a certificate in the list of certificates, or an event whose valid certificates to print.</translation>
    </message>
    <message numerus="yes">
        <source>Print %n certificate(s)</source>
        <translation>
            <numerusform>Print %n certificate</numerusform>
            <numerusform>Print %n certificates</numerusform>
        </translation>
    </message>
    <message>
        <source>Export certificates</source>
        <translation>Export certificates</translation>
    </message>
    <message>
        <source>Choose a certificate in the list of certificates, or an event whose valid certificates to export.</source>
        <translation>Choose a certificate in the list of certificates, or an event whose valid certificates to export.</translation>
    </message>
    <message>
        <source>Export certificates as one PDF file</source>
        <translation>Export certificates as one PDF file</translation>
    </message>
    <message>
        <source>certificates.pdf</source>
        <translation>certificates.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Export certificates into a folder</source>
        <translation>Export certificates into a folder</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>certificates</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written to %1</source>
        <translation>
            <numerusform>%n certificate written to %1</numerusform>
            <numerusform>%n certificates written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ef::CertificateVerifier</name>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Tampered</source>
        <translation>Tampered</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Unknown issuer</source>
        <translation>Unknown issuer</translation>
    </message>
    <message>
        <source>Not a certificate</source>
        <translation>Not a certificate</translation>
    </message>
    <message>
        <source>The signature is the consortium&apos;s and the certificate is in force.</source>
        <translation>The signature is the consortium&apos;s and the certificate is in force.</translation>
    </message>
    <message>
        <source>The certificate&apos;s content was changed after it was signed.</source>
        <translation>The certificate&apos;s content was changed after it was signed.</translation>
    </message>
    <message>
        <source>The code is damaged or was changed: it cannot be read as a certificate.</source>
        <translation>The code is damaged or was changed: it cannot be read as a certificate.</translation>
    </message>
    <message>
        <source>The certificate was revoked on %1.</source>
        <translation>The certificate was revoked on %1.</translation>
    </message>
    <message>
        <source>The certificate was revoked.</source>
        <translation>The certificate was revoked.</translation>
    </message>
    <message>
        <source>The certificate was replaced by a reissued one.</source>
        <translation>The certificate was replaced by a reissued one.</translation>
    </message>
    <message>
        <source>The certificate was replaced by certificate %1.</source>
        <translation>The certificate was replaced by certificate %1.</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>The certificate expired on %1.</translation>
    </message>
    <message>
        <source>The key that signed it was not entitled to give this number or date.</source>
        <translation>The key that signed it was not entitled to give this number or date.</translation>
    </message>
    <message>
        <source>It was signed by a key that the consortium&apos;s root key has not certified, or that this computer does not know yet.</source>
        <translation>It was signed by a key that the consortium&apos;s root key has not certified, or that this computer does not know yet.</translation>
    </message>
    <message>
        <source>This is not an EduFusion certificate code.</source>
        <translation>This is not an EduFusion certificate code.</translation>
    </message>
    <message>
        <source>It was signed with a demo key: it is not a real certificate.</source>
        <translation>It was signed with a demo key: it is not a real certificate.</translation>
    </message>
</context>
<context>
    <name>ef::ChartCard</name>
    <message>
        <source>Save this chart as a PNG or SVG file</source>
        <translation>Save this chart as a PNG or SVG file</translation>
    </message>
    <message>
        <source>Copy this chart to the clipboard</source>
        <translation>Copy this chart to the clipboard</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Save the chart</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>The chart cannot be written to %1.</source>
        <translation>The chart cannot be written to %1.</translation>
    </message>
</context>
<context>
    <name>ef::ConditionsDialog</name>
    <message>
        <source>Remove this condition</source>
        <translation>Remove this condition</translation>
    </message>
    <message>
        <source>Counted only where</source>
        <translation>Counted only where</translation>
    </message>
    <message>
        <source>“%1” has no conditions to choose.</source>
        <translation>“%1” has no conditions to choose.</translation>
    </message>
    <message>
        <source>Count “%1” only where every condition below holds.</source>
        <translation>Count “%1” only where every condition below holds.</translation>
    </message>
    <message>
        <source>&amp;Add a condition</source>
        <translation>&amp;Add a condition</translation>
    </message>
</context>
<context>
    <name>ef::ConflictListModel</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>%1 (not on this computer, or deleted)</source>
        <translation>%1 (not on this computer, or deleted)</translation>
    </message>
    <message>
        <source>the whole record</source>
        <translation>the whole record</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>a new record</source>
        <translation>a new record</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>not deleted</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>a record not on this computer</source>
        <translation>a record not on this computer</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>refused by the server</translation>
    </message>
    <message>
        <source>not taken here</source>
        <translation>not taken here</translation>
    </message>
    <message>
        <source>status went further elsewhere</source>
        <translation>status went further elsewhere</translation>
    </message>
    <message>
        <source>edited here, deleted elsewhere</source>
        <translation>edited here, deleted elsewhere</translation>
    </message>
    <message>
        <source>edited in two places</source>
        <translation>edited in two places</translation>
    </message>
    <message>
        <source>%1 — needs review</source>
        <translation>%1 — needs review</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>another office&apos;s computer (%1)</source>
        <translation>another office&apos;s computer (%1)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Lost or refused value</source>
        <translation>Lost or refused value</translation>
    </message>
    <message>
        <source>Value that stands</source>
        <translation>Value that stands</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Written on</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
</context>
<context>
    <name>ef::ConflictsPage</name>
    <message>
        <source>Nothing to review: every change has synced cleanly.</source>
        <translation>Nothing to review: every change has synced cleanly.</translation>
    </message>
    <message>
        <source>Select a row to see both values.</source>
        <translation>Select a row to see both values.</translation>
    </message>
    <message>
        <source>The server refused this change; your value stays on this computer. Dismiss it once you have seen it.</source>
        <translation>The server refused this change; your value stays on this computer. Dismiss it once you have seen it.</translation>
    </message>
    <message>
        <source>Only the lost value of a conflict can be restored.</source>
        <translation>Only the lost value of a conflict can be restored.</translation>
    </message>
    <message>
        <source>Write the lost value back; it syncs as a new edit</source>
        <translation>Write the lost value back; it syncs as a new edit</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, field &lt;b&gt;%2&lt;/b&gt;: %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, field &lt;b&gt;%2&lt;/b&gt;: %3.</translation>
    </message>
    <message>
        <source>Value not kept: &lt;b&gt;%1&lt;/b&gt;, written on %2 at %3.</source>
        <translation>Value not kept: &lt;b&gt;%1&lt;/b&gt;, written on %2 at %3.</translation>
    </message>
    <message>
        <source>Value that stands: &lt;b&gt;%1&lt;/b&gt;, written on %2 at %3.</source>
        <translation>Value that stands: &lt;b&gt;%1&lt;/b&gt;, written on %2 at %3.</translation>
    </message>
    <message>
        <source>Value: &lt;b&gt;%1&lt;/b&gt;. %2</source>
        <translation>Value: &lt;b&gt;%1&lt;/b&gt;. %2</translation>
    </message>
    <message>
        <source>Your value is kept on this computer.</source>
        <translation>Your value is kept on this computer.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <source>Not dismissed</source>
        <translation>Not dismissed</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflicts to review</translation>
    </message>
    <message>
        <source>When two offices changed the same field, the later change stands and the other is kept here: restore it, or dismiss it. Changes the server refused are listed too; their values stay on this computer.</source>
        <translation>When two offices changed the same field, the later change stands and the other is kept here: restore it, or dismiss it. Changes the server refused are listed too; their values stay on this computer.</translation>
    </message>
    <message>
        <source>&amp;Restore the lost value</source>
        <translation>&amp;Restore the lost value</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>D&amp;ismiss</translation>
    </message>
    <message>
        <source>Keep the value that stands and take this off the list</source>
        <translation>Keep the value that stands and take this off the list</translation>
    </message>
    <message>
        <source>Open the &amp;record</source>
        <translation>Open the &amp;record</translation>
    </message>
</context>
<context>
    <name>ef::DashboardPage</name>
    <message>
        <source>All projects</source>
        <translation>All projects</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>All institutions</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Breakdown of:</source>
        <translation>&amp;Breakdown of:</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>any day</translation>
    </message>
    <message numerus="yes">
        <source>Counted in %n ms; the charts follow every change.</source>
        <translation>
            <numerusform>Counted in %n ms; the charts follow every change.</numerusform>
            <numerusform>Counted in %n ms; the charts follow every change.</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress to the targets: choose a project</source>
        <translation>Progress to the targets: choose a project</translation>
    </message>
    <message>
        <source>%1: progress to each target, % of the target</source>
        <translation>%1: progress to each target, % of the target</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Per semester</source>
        <translation>Per semester</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 by gender</source>
        <translation>%1 by gender</translation>
    </message>
    <message>
        <source>No institution</source>
        <translation>No institution</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Others</translation>
    </message>
    <message>
        <source>%1 by institution (the ten largest)</source>
        <translation>%1 by institution (the ten largest)</translation>
    </message>
    <message>
        <source>%1 by region</source>
        <translation>%1 by region</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>No country</translation>
    </message>
    <message>
        <source>%1 by country</source>
        <translation>%1 by country</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Agreements by lifecycle status</source>
        <translation>Agreements by lifecycle status</translation>
    </message>
</context>
<context>
    <name>ef::DemoData</name>
    <message>
        <source>The demo data goes only into a new, empty data file.</source>
        <translation>The demo data goes only into a new, empty data file.</translation>
    </message>
</context>
<context>
    <name>ef::EligibilityModel</name>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>Not eligible: %1</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Hours attended</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
</context>
<context>
    <name>ef::FilterBar</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1: all</translation>
    </message>
    <message>
        <source>From: any date</source>
        <translation>From: any date</translation>
    </message>
    <message>
        <source>To: any date</source>
        <translation>To: any date</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>ef::IndicatorEditor</name>
    <message>
        <source>Choose the conditions from the measure&apos;s dimensions…</source>
        <translation>Choose the conditions from the measure&apos;s dimensions…</translation>
    </message>
</context>
<context>
    <name>ef::IssueCertificatesDialog</name>
    <message>
        <source>Issue certificates</source>
        <translation>Issue certificates</translation>
    </message>
    <message>
        <source>Everyone who attended the hours and reached the assessment the programme asks for is ticked. Untick anyone who should not receive a certificate now; the others show why they are not eligible.</source>
        <translation>Everyone who attended the hours and reached the assessment the programme asks for is ticked. Untick anyone who should not receive a certificate now; the others show why they are not eligible.</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <source>Issued &amp;on:</source>
        <translation>Issued &amp;on:</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>Key &amp;passphrase:</translation>
    </message>
    <message>
        <source>Participants and their eligibility</source>
        <translation>Participants and their eligibility</translation>
    </message>
    <message>
        <source>No training event belongs to a programme.</source>
        <translation>No training event belongs to a programme.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 participant(s) eligible.</source>
        <translation>
            <numerusform>%n of %1 participants eligible.</numerusform>
            <numerusform>%n of %1 participants eligible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Issue %n certificate(s)</source>
        <translation>
            <numerusform>&amp;Issue %n certificate</numerusform>
            <numerusform>&amp;Issue %n certificates</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates not issued</source>
        <translation>Certificates not issued</translation>
    </message>
    <message numerus="yes">
        <source>issue %n certificate(s)</source>
        <translation>
            <numerusform>issue %n certificate</numerusform>
            <numerusform>issue %n certificates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ef::KeyFile</name>
    <message>
        <source>This is not an EduFusion key file.</source>
        <translation>This is not an EduFusion key file.</translation>
    </message>
    <message>
        <source>The key file&apos;s kind “%1” is neither root nor office.</source>
        <translation>The key file&apos;s kind “%1” is neither root nor office.</translation>
    </message>
    <message>
        <source>The key file&apos;s public key or key id is damaged.</source>
        <translation>The key file&apos;s public key or key id is damaged.</translation>
    </message>
    <message>
        <source>The office key file names no office.</source>
        <translation>The office key file names no office.</translation>
    </message>
    <message>
        <source>The key file&apos;s encryption is damaged or of an unknown kind.</source>
        <translation>The key file&apos;s encryption is damaged or of an unknown kind.</translation>
    </message>
    <message>
        <source>There is not enough memory to open the key file.</source>
        <translation>There is not enough memory to open the key file.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the key file was changed.</source>
        <translation>The passphrase is wrong, or the key file was changed.</translation>
    </message>
    <message>
        <source>The key file&apos;s public key does not belong to its secret key.</source>
        <translation>The key file&apos;s public key does not belong to its secret key.</translation>
    </message>
</context>
<context>
    <name>ef::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>ef::ListPage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>New record</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>Open the selected record</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Delete the selected record</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
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
        <translation>Modules</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;New record</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Open record</translation>
    </message>
    <message>
        <source>&amp;Delete record</source>
        <translation>&amp;Delete record</translation>
    </message>
    <message>
        <source>&amp;Search everywhere</source>
        <translation>&amp;Search everywhere</translation>
    </message>
    <message>
        <source>&amp;Filter this list</source>
        <translation>&amp;Filter this list</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>Training &amp; certification</source>
        <translation>Training &amp; certification</translation>
    </message>
    <message>
        <source>Course catalogue</source>
        <translation>Course catalogue</translation>
    </message>
    <message>
        <source>Institutions &amp; people</source>
        <translation>Institutions &amp; people</translation>
    </message>
    <message>
        <source>Projects &amp; indicators</source>
        <translation>Projects &amp; indicators</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>Verify a certificate</translation>
    </message>
    <message>
        <source>&amp;Export the Erasmus+ report…</source>
        <translation>&amp;Export the Erasmus+ report…</translation>
    </message>
</context>
<context>
    <name>ef::NationalCommand</name>
    <message>
        <source>Give the file to make: --generate-national FILE.</source>
        <translation>Give the file to make: --generate-national FILE.</translation>
    </message>
    <message>
        <source>--scale: a fraction of the national scale greater than 0 and at most 10.</source>
        <translation>--scale: a fraction of the national scale greater than 0 and at most 10.</translation>
    </message>
    <message>
        <source>Stopped; %1 was not made.</source>
        <translation>Stopped; %1 was not made.</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 rows written to %2</translation>
    </message>
</context>
<context>
    <name>ef::NationalGenerationTask</name>
    <message>
        <source>Generating the national data file %1…</source>
        <translation>Generating the national data file %1…</translation>
    </message>
    <message>
        <source>Generating the national data file: %1 of %2 rows…</source>
        <translation>Generating the national data file: %1 of %2 rows…</translation>
    </message>
</context>
<context>
    <name>ef::PartnershipEditor</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;Add file…</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>Open &amp;file</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>Document not available</source>
        <translation>Document not available</translation>
    </message>
    <message>
        <source>The content of “%1” is not on this computer yet or is damaged; it arrives with the next sync.</source>
        <translation>The content of “%1” is not on this computer yet or is damaged; it arrives with the next sync.</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Attach a document</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Not attached</translation>
    </message>
    <message>
        <source>attach %1</source>
        <translation>attach %1</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>Save document as</source>
        <translation>Save document as</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>ef::PartnershipHistory</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Versions of the agreement</source>
        <translation>Versions of the agreement</translation>
    </message>
    <message>
        <source>As signed</source>
        <translation>As signed</translation>
    </message>
    <message>
        <source>Amendment %1</source>
        <translation>Amendment %1</translation>
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
        <translation>%1 cannot be opened as a PDF.</translation>
    </message>
    <message>
        <source>Page %1 of %2 cannot be drawn.</source>
        <translation>Page %1 of %2 cannot be drawn.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is neither a picture nor a PDF.</source>
        <translation>%1 is neither a picture nor a PDF.</translation>
    </message>
    <message>
        <source>There is no QR code in %1.</source>
        <translation>There is no QR code in %1.</translation>
    </message>
</context>
<context>
    <name>ef::RecordDialog</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
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
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to this record?</source>
        <translation>Save the changes to this record?</translation>
    </message>
    <message>
        <source>New record: %1</source>
        <translation>New record: %1</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Read only: %1</translation>
    </message>
</context>
<context>
    <name>ef::RecordEditing</name>
    <message>
        <source>Record not found</source>
        <translation>Record not found</translation>
    </message>
    <message>
        <source>This record no longer exists: it was deleted here or by another office.</source>
        <translation>This record no longer exists: it was deleted here or by another office.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>delete %1</translation>
    </message>
    <message>
        <source>Delete “%2” (%1)?

You can undo this with Edit › Undo.</source>
        <translation>Delete “%2” (%1)?

You can undo this with Edit › Undo.</translation>
    </message>
    <message>
        <source>Delete “%2” (%1)?

These records depend on it and will be deleted with it: %3.

You can undo this with Edit › Undo.</source>
        <translation>Delete “%2” (%1)?

These records depend on it and will be deleted with it: %3.

You can undo this with Edit › Undo.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
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
        <translation>(none)</translation>
    </message>
    <message>
        <source>Educator</source>
        <translation>Educator</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Industry contact</source>
        <translation>Industry contact</translation>
    </message>
</context>
<context>
    <name>ef::RecordListModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ef::RecordPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>Type to search…</translation>
    </message>
</context>
<context>
    <name>ef::ReportCommand</name>
    <message>
        <source>--report: name the project by its acronym or code, such as EduFusion.</source>
        <translation>--report: name the project by its acronym or code, such as EduFusion.</translation>
    </message>
    <message>
        <source>--from: “%1” is not a date; write it as YYYY-MM-DD, such as 2025-09-01.</source>
        <translation>--from: “%1” is not a date; write it as YYYY-MM-DD, such as 2025-09-01.</translation>
    </message>
    <message>
        <source>--to: “%1” is not a date; write it as YYYY-MM-DD, such as 2026-06-30.</source>
        <translation>--to: “%1” is not a date; write it as YYYY-MM-DD, such as 2026-06-30.</translation>
    </message>
    <message>
        <source>--to: the period ends (%1) before it begins (%2).</source>
        <translation>--to: the period ends (%1) before it begins (%2).</translation>
    </message>
    <message>
        <source>--names: “%1” is neither native nor latin.</source>
        <translation>--names: “%1” is neither native nor latin.</translation>
    </message>
    <message>
        <source>Say where to write the report: --xlsx FILE, --csv DIR or --pdf FILE.</source>
        <translation>Say where to write the report: --xlsx FILE, --csv DIR or --pdf FILE.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 is a folder; give a file name.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>The folder of %1 does not exist.</translation>
    </message>
    <message>
        <source>--csv: %1 is a file; give a folder.</source>
        <translation>--csv: %1 is a file; give a folder.</translation>
    </message>
    <message>
        <source>There is no data file at %1.</source>
        <translation>There is no data file at %1.</translation>
    </message>
    <message>
        <source>--report: there is no project “%1” in %2.</source>
        <translation>--report: there is no project “%1” in %2.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
</context>
<context>
    <name>ef::ReportExportDialog</name>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>Stopped; nothing was written to %1.</source>
        <translation>Stopped; nothing was written to %1.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>The report could not be written: %1</translation>
    </message>
    <message>
        <source>The period ends before it begins: choose a later “To” date.</source>
        <translation>The period ends before it begins: choose a later “To” date.</translation>
    </message>
    <message>
        <source>%1 report %2 to %3</source>
        <translation>%1 report %2 to %3</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Folder for the CSV files</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Export the Erasmus+ report</source>
        <translation>Export the Erasmus+ report</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>People&apos;s &amp;names:</source>
        <translation>People&apos;s &amp;names:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>As written (Cyrillic)</source>
        <translation>As written (Cyrillic)</translation>
    </message>
    <message>
        <source>In Latin letters</source>
        <translation>In Latin letters</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <source>CSV files (one per table)</source>
        <translation>CSV files (one per table)</translation>
    </message>
    <message>
        <source>Printable PDF</source>
        <translation>Printable PDF</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
</context>
<context>
    <name>ef::ReportExportTask</name>
    <message>
        <source>Exporting the report…</source>
        <translation>Exporting the report…</translation>
    </message>
</context>
<context>
    <name>ef::SignInDialog</name>
    <message>
        <source>Enter the server&apos;s address, for example https://sync.edufusion.kz.</source>
        <translation>Enter the server&apos;s address, for example https://sync.edufusion.kz.</translation>
    </message>
    <message>
        <source>“%1” is not a server address: write it as https://name or https://name:port.</source>
        <translation>“%1” is not a server address: write it as https://name or https://name:port.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Sign in with the account the consortium&apos;s coordinator gave you. You can always keep working offline; the sync runs when the server can be reached.</source>
        <translation>Sign in with the account the consortium&apos;s coordinator gave you. You can always keep working offline; the sync runs when the server can be reached.</translation>
    </message>
    <message>
        <source>Sign in to the sync server</source>
        <translation>Sign in to the sync server</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>Server &amp;address</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Work offline</translation>
    </message>
    <message>
        <source>Send the password unencrypted?</source>
        <translation>Send the password unencrypted?</translation>
    </message>
    <message>
        <source>%1 is an http:// address: your password and the data would cross the network unencrypted, readable by anyone on the way. Use the server&apos;s https:// address if it has one.

Send the password unencrypted anyway?</source>
        <translation>%1 is an http:// address: your password and the data would cross the network unencrypted, readable by anyone on the way. Use the server&apos;s https:// address if it has one.

Send the password unencrypted anyway?</translation>
    </message>
    <message>
        <source>Not signed in: write the server&apos;s https:// address.</source>
        <translation>Not signed in: write the server&apos;s https:// address.</translation>
    </message>
</context>
<context>
    <name>ef::SignerPool</name>
    <message>
        <source>This computer holds no key certified to sign for %1 on %2. The consortium&apos;s coordinator certifies office keys (edufusion-desk --key-ceremony).</source>
        <translation>This computer holds no key certified to sign for %1 on %2. The consortium&apos;s coordinator certifies office keys (edufusion-desk --key-ceremony).</translation>
    </message>
    <message>
        <source>this office</source>
        <translation>this office</translation>
    </message>
    <message>
        <source>Signed with %1&apos;s demo key %2: a specimen, valid only in the demo data.</source>
        <translation>Signed with %1&apos;s demo key %2: a specimen, valid only in the demo data.</translation>
    </message>
    <message>
        <source>Signed with %1&apos;s key %2.</source>
        <translation>Signed with %1&apos;s key %2.</translation>
    </message>
    <message>
        <source>Signed with %1&apos;s key %2, sealed with a passphrase.</source>
        <translation>Signed with %1&apos;s key %2, sealed with a passphrase.</translation>
    </message>
    <message>
        <source>The key %1 is kept in the system&apos;s keychain, which this window does not open yet.</source>
        <translation>The key %1 is kept in the system&apos;s keychain, which this window does not open yet.</translation>
    </message>
    <message>
        <source>The key %1 is no longer certified.</source>
        <translation>The key %1 is no longer certified.</translation>
    </message>
</context>
<context>
    <name>ef::SyncAccount</name>
    <message>
        <source>You are signed in as an auditor (%1): auditors read everything and change nothing.</source>
        <translation>You are signed in as an auditor (%1): auditors read everything and change nothing.</translation>
    </message>
    <message>
        <source>Shared reference data (institutions, projects, indicators, the course catalogue, training programmes) is changed by the consortium&apos;s coordinators.</source>
        <translation>Shared reference data (institutions, projects, indicators, the course catalogue, training programmes) is changed by the consortium&apos;s coordinators.</translation>
    </message>
    <message>
        <source>This record belongs to another institution: only its own office and the coordinators change it.</source>
        <translation>This record belongs to another institution: only its own office and the coordinators change it.</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>not signed in</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>institution officer</source>
        <translation>institution officer</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
    <message>
        <source>This data file holds the demo data, whose invented people must not reach the consortium&apos;s server. To sync, start a new data file.</source>
        <translation>This data file holds the demo data, whose invented people must not reach the consortium&apos;s server. To sync, start a new data file.</translation>
    </message>
    <message>
        <source>This data file syncs with %1. To work with another server, start a new data file.</source>
        <translation>This data file syncs with %1. To work with another server, start a new data file.</translation>
    </message>
</context>
<context>
    <name>ef::SyncCommand</name>
    <message>
        <source>Give the server&apos;s address (--server https://…) and the user (--user NAME).</source>
        <translation>Give the server&apos;s address (--server https://…) and the user (--user NAME).</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Sign-in failed: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received, %3 conflicts, %4 refused; %5 requests, %6 bytes sent, %7 bytes received.</source>
        <translation>Synced: %1 sent, %2 received, %3 conflicts, %4 refused; %5 requests, %6 bytes sent, %7 bytes received.</translation>
    </message>
    <message>
        <source>Sync stopped; what arrived so far is kept.</source>
        <translation>Sync stopped; what arrived so far is kept.</translation>
    </message>
</context>
<context>
    <name>ef::SyncController</name>
    <message numerus="yes">
        <source>%n change(s) arrived from other offices.</source>
        <translation>
            <numerusform>%n change arrived from other offices.</numerusform>
            <numerusform>%n changes arrived from other offices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) or refusal(s) to review.</source>
        <translation>
            <numerusform>%n new conflict or refusal to review.</numerusform>
            <numerusform>%n new conflicts or refusals to review.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer has no keychain service, so the sign-in was not kept: sign in to sync.</source>
        <translation>This computer has no keychain service, so the sign-in was not kept: sign in to sync.</translation>
    </message>
    <message>
        <source>This computer has no keychain service to keep the sign-in safely.</source>
        <translation>This computer has no keychain service to keep the sign-in safely.</translation>
    </message>
    <message>
        <source>The keychain refused to keep the sign-in (%1).</source>
        <translation>The keychain refused to keep the sign-in (%1).</translation>
    </message>
    <message>
        <source>Keep the sign-in?</source>
        <translation>Keep the sign-in?</translation>
    </message>
    <message>
        <source>%1

Keep it in the data file instead? Anyone who can read the file could then sync as you. If not, you sign in again each time EduFusion Desk starts.</source>
        <translation>%1

Keep it in the data file instead? Anyone who can read the file could then sync as you. If not, you sign in again each time EduFusion Desk starts.</translation>
    </message>
    <message>
        <source>Sign-in not kept</source>
        <translation>Sign-in not kept</translation>
    </message>
    <message>
        <source>The sign-in could not be kept in the data file (%1); you sign in again when EduFusion Desk starts next time.</source>
        <translation>The sign-in could not be kept in the data file (%1); you sign in again when EduFusion Desk starts next time.</translation>
    </message>
    <message>
        <source>Sign-in still in the data file</source>
        <translation>Sign-in still in the data file</translation>
    </message>
    <message>
        <source>The sign-in kept in the data file could not be removed (%1): anyone who can read the file could still sync as you. Sign out again, or ask the coordinator to revoke this computer&apos;s sign-in.</source>
        <translation>The sign-in kept in the data file could not be removed (%1): anyone who can read the file could still sync as you. Sign out again, or ask the coordinator to revoke this computer&apos;s sign-in.</translation>
    </message>
</context>
<context>
    <name>ef::SyncIssues</name>
    <message>
        <source>Only the lost value of a conflict can be restored.</source>
        <translation>Only the lost value of a conflict can be restored.</translation>
    </message>
    <message>
        <source>The lost value is not valid for “%1” any more, so it cannot be restored.</source>
        <translation>The lost value is not valid for “%1” any more, so it cannot be restored.</translation>
    </message>
    <message>
        <source>Out of your scope: another institution&apos;s record, or shared data that only coordinators change.</source>
        <translation>Out of your scope: another institution&apos;s record, or shared data that only coordinators change.</translation>
    </message>
    <message>
        <source>Your role is read only.</source>
        <translation>Your role is read only.</translation>
    </message>
    <message>
        <source>The server found the value invalid.</source>
        <translation>The server found the value invalid.</translation>
    </message>
    <message>
        <source>The server does not have this record.</source>
        <translation>The server does not have this record.</translation>
    </message>
    <message>
        <source>It refers to a record this office cannot see.</source>
        <translation>It refers to a record this office cannot see.</translation>
    </message>
    <message>
        <source>The record is not in this office&apos;s data.</source>
        <translation>The record is not in this office&apos;s data.</translation>
    </message>
    <message>
        <source>This version of EduFusion Desk does not know the field; update it.</source>
        <translation>This version of EduFusion Desk does not know the field; update it.</translation>
    </message>
</context>
<context>
    <name>ef::SyncSettingsDialog</name>
    <message>
        <source>This data file has never synced: you are working offline.</source>
        <translation>This data file has never synced: you are working offline.</translation>
    </message>
    <message>
        <source>%1 at %2, as %3. %4</source>
        <translation>%1 at %2, as %3. %4</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Signed in.</translation>
    </message>
    <message>
        <source>Not signed in on this computer.</source>
        <translation>Not signed in on this computer.</translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation>Sync settings</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Sign &amp;in…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Forget the sign-in on this computer; the data stays</source>
        <translation>Forget the sign-in on this computer; the data stays</translation>
    </message>
    <message>
        <source>Sync &amp;every</source>
        <translation>Sync &amp;every</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>only on demand</source>
        <translation>only on demand</translation>
    </message>
    <message>
        <source>The sync also runs when you press F5 or Sync now. It never stops you working: without a link, changes wait on this computer.</source>
        <translation>The sync also runs when you press F5 or Sync now. It never stops you working: without a link, changes wait on this computer.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ef::SyncStatus</name>
    <message>
        <source>Working offline: not signed in to a server</source>
        <translation>Working offline: not signed in to a server</translation>
    </message>
    <message>
        <source>Sync failed; last synced %1</source>
        <translation>Sync failed; last synced %1</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Last synced %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>%1 at %2, as %3</source>
        <translation>%1 at %2, as %3</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>Sign in to the consortium&apos;s server to sync this data file</source>
        <translation>Sign in to the consortium&apos;s server to sync this data file</translation>
    </message>
    <message>
        <source>Conflicts and refused changes from the sync, to review</source>
        <translation>Conflicts and refused changes from the sync, to review</translation>
    </message>
</context>
<context>
    <name>ef::SyncTask</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: wait a quarter of an hour, then try again.</source>
        <translation>Too many failed sign-ins: wait a quarter of an hour, then try again.</translation>
    </message>
    <message>
        <source>This account is disabled; ask the consortium&apos;s coordinator.</source>
        <translation>This account is disabled; ask the consortium&apos;s coordinator.</translation>
    </message>
    <message>
        <source>Sign in to %1 to sync.</source>
        <translation>Sign in to %1 to sync.</translation>
    </message>
    <message>
        <source>Sign in to a server to sync.</source>
        <translation>Sign in to a server to sync.</translation>
    </message>
    <message numerus="yes">
        <source>Receiving the data of your scope: %n change(s) so far…</source>
        <translation>
            <numerusform>Receiving the data of your scope: %n change so far…</numerusform>
            <numerusform>Receiving the data of your scope: %n changes so far…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1, received %2 changes…</source>
        <translation>Sent %1, received %2 changes…</translation>
    </message>
    <message>
        <source>First sync: receiving the data of your scope…</source>
        <translation>First sync: receiving the data of your scope…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Your work stays on this computer and is sent when the link is back.</source>
        <translation>The server cannot be reached (%1). Your work stays on this computer and is sent when the link is back.</translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked: sign in again.</source>
        <translation>The sign-in has expired or was revoked: sign in again.</translation>
    </message>
    <message>
        <source>The server failed (%1); the sync will try again.</source>
        <translation>The server failed (%1); the sync will try again.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is ahead of the server&apos;s; correct its date and time. Your changes stay queued. (%1)</source>
        <translation>This computer&apos;s clock is ahead of the server&apos;s; correct its date and time. Your changes stay queued. (%1)</translation>
    </message>
    <message>
        <source>This version of EduFusion Desk and the server do not match: %1</source>
        <translation>This version of EduFusion Desk and the server do not match: %1</translation>
    </message>
    <message>
        <source>This data file was restored from a backup or copied from another computer; the server refuses its changes. Ask your coordinator. (%1)</source>
        <translation>This data file was restored from a backup or copied from another computer; the server refuses its changes. Ask your coordinator. (%1)</translation>
    </message>
    <message>
        <source>The server refused the sync: %1</source>
        <translation>The server refused the sync: %1</translation>
    </message>
    <message>
        <source>The changes were synced, but the time of the sync could not be noted: %1</source>
        <translation>The changes were synced, but the time of the sync could not be noted: %1</translation>
    </message>
    <message>
        <source>On the server this data file belongs to another user: sign in as that user, or use a data file of your own.</source>
        <translation>On the server this data file belongs to another user: sign in as that user, or use a data file of your own.</translation>
    </message>
    <message>
        <source>The server could not be told of the sign-out (%1): the sign-in stays valid there until it expires. Ask the coordinator to revoke it if this computer is not safe.</source>
        <translation>The server could not be told of the sign-out (%1): the sign-in stays valid there until it expires. Ask the coordinator to revoke it if this computer is not safe.</translation>
    </message>
</context>
<context>
    <name>ef::SyncUi</name>
    <message>
        <source>Sign in to bring your office&apos;s data from the server.</source>
        <translation>Sign in to bring your office&apos;s data from the server.</translation>
    </message>
    <message>
        <source>Conflicts to review (%1)</source>
        <translation>Conflicts to review (%1)</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflicts to review</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Send this office&apos;s changes and receive the others&apos; (F5)</source>
        <translation>Send this office&apos;s changes and receive the others&apos; (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel the sync</source>
        <translation>&amp;Cancel the sync</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Sign &amp;in…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Forget the sign-in on this computer; the data stays</source>
        <translation>Forget the sign-in on this computer; the data stays</translation>
    </message>
    <message>
        <source>Sync se&amp;ttings…</source>
        <translation>Sync se&amp;ttings…</translation>
    </message>
    <message>
        <source>&amp;Conflicts to review</source>
        <translation>&amp;Conflicts to review</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
</context>
<context>
    <name>ef::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop this task; what is done so far is kept</source>
        <translation>Stop this task; what is done so far is kept</translation>
    </message>
</context>
<context>
    <name>ef::TemplatePreviewDialog</name>
    <message>
        <source>Certificate designs</source>
        <translation>Certificate designs</translation>
    </message>
    <message>
        <source>&amp;Design:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Languages:</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>The sample certificate</source>
        <translation>The sample certificate</translation>
    </message>
</context>
<context>
    <name>ef::TrainingEventEditor</name>
    <message>
        <source>Add &amp;participants…</source>
        <translation>Add &amp;participants…</translation>
    </message>
    <message>
        <source>&amp;Attendance sheet (PDF)…</source>
        <translation>&amp;Attendance sheet (PDF)…</translation>
    </message>
    <message>
        <source>Participant &amp;list (PDF)…</source>
        <translation>Participant &amp;list (PDF)…</translation>
    </message>
    <message>
        <source>In Kazakh</source>
        <translation>In Kazakh</translation>
    </message>
    <message>
        <source>In Russian</source>
        <translation>In Russian</translation>
    </message>
    <message>
        <source>In English, names in Latin letters</source>
        <translation>In English, names in Latin letters</translation>
    </message>
    <message>
        <source>attendance-%1.pdf</source>
        <translation>attendance-%1.pdf</translation>
    </message>
    <message>
        <source>participants-%1.pdf</source>
        <translation>participants-%1.pdf</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ef::TrustList</name>
    <message>
        <source>This is not a consortium key file.</source>
        <translation>This is not a consortium key file.</translation>
    </message>
    <message>
        <source>A root key in the consortium key file is damaged.</source>
        <translation>A root key in the consortium key file is damaged.</translation>
    </message>
    <message>
        <source>The consortium key file holds no root key.</source>
        <translation>The consortium key file holds no root key.</translation>
    </message>
</context>
<context>
    <name>ef::VerifyPage</name>
    <message>
        <source>Verify a certificate</source>
        <translation>Verify a certificate</translation>
    </message>
    <message>
        <source>Open a certificate&apos;s PDF, a scan or a photo of it (Ctrl+Shift+O), or drop it here; or paste the text of its QR code, or type its number, and press Verify (Ctrl+Enter). Nothing leaves this computer.</source>
        <translation>Open a certificate&apos;s PDF, a scan or a photo of it (Ctrl+Shift+O), or drop it here; or paste the text of its QR code, or type its number, and press Verify (Ctrl+Enter). Nothing leaves this computer.</translation>
    </message>
    <message>
        <source>EF1:… or EF-EKTU-2026-000123</source>
        <translation>EF1:… or EF-EKTU-2026-000123</translation>
    </message>
    <message>
        <source>QR code text or certificate number</source>
        <translation>QR code text or certificate number</translation>
    </message>
    <message>
        <source>&amp;Open a PDF or picture…</source>
        <translation>&amp;Open a PDF or picture…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>Open a certificate</source>
        <translation>Open a certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pdf *.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff *.txt);;All files (*)</source>
        <translation>Certificates (*.pdf *.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Unknown number</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Holder:</translation>
    </message>
    <message>
        <source>Holder in Latin:</source>
        <translation>Holder in Latin:</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Programme:</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Hours:</translation>
    </message>
    <message>
        <source>ECTS credits:</source>
        <translation>ECTS credits:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>does not expire</translation>
    </message>
    <message>
        <source>Replaces:</source>
        <translation>Replaces:</translation>
    </message>
    <message>
        <source>Replaced by:</source>
        <translation>Replaced by:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <source>%1, demo key %2 (a specimen: trusted only by the demo data)</source>
        <translation>%1, demo key %2 (a specimen: trusted only by the demo data)</translation>
    </message>
    <message>
        <source>%1, key %2</source>
        <translation>%1, key %2</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Checked:</translation>
    </message>
    <message>
        <source>the copy in this data file&apos;s register</source>
        <translation>the copy in this data file&apos;s register</translation>
    </message>
</context>
<context>
    <name>ef::WelcomeDialog</name>
    <message>
        <source>Welcome to EduFusion Desk</source>
        <translation>Welcome to EduFusion Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to EduFusion Desk&lt;/h2&gt;&lt;p&gt;Partnerships with industry, educator training and certificates, and the course catalogue of your office, kept on this computer and usable offline.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to EduFusion Desk&lt;/h2&gt;&lt;p&gt;Partnerships with industry, educator training and certificates, and the course catalogue of your office, kept on this computer and usable offline.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the demo data</source>
        <translation>Open the demo data</translation>
    </message>
    <message>
        <source>The EduFusion consortium, its projects, events and courses, with invented people: a safe place to look around.</source>
        <translation>The EduFusion consortium, its projects, events and courses, with invented people: a safe place to look around.</translation>
    </message>
    <message>
        <source>Start an empty data file</source>
        <translation>Start an empty data file</translation>
    </message>
    <message>
        <source>For your own office: you name your institution, everything else you add.</source>
        <translation>For your own office: you name your institution, everything else you add.</translation>
    </message>
    <message>
        <source>Open a data file…</source>
        <translation>Open a data file…</translation>
    </message>
    <message>
        <source>A data file this office already has.</source>
        <translation>A data file this office already has.</translation>
    </message>
    <message>
        <source>The institution this office works for owns the records you create.</source>
        <translation>The institution this office works for owns the records you create.</translation>
    </message>
    <message>
        <source>Name of the institution</source>
        <translation>Name of the institution</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>Country (ISO code)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation>Open a data file</translation>
    </message>
    <message>
        <source>EduFusion data files (*.sqlite *.db);;All files (*)</source>
        <translation>EduFusion data files (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Sign in to the consortium&apos;s server</source>
        <translation>Sign in to the consortium&apos;s server</translation>
    </message>
    <message>
        <source>For an office with an account: your institution&apos;s records and the shared catalogue come from the server, and your changes sync back.</source>
        <translation>For an office with an account: your institution&apos;s records and the shared catalogue come from the server, and your changes sync back.</translation>
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
        <source>Start in this module: dashboard, partnerships, renewals, programmes, events, participations, certificates, courses, offerings, enrollments, institutions, people, projects or indicators.</source>
        <translation>Start in this module: dashboard, partnerships, renewals, programmes, events, participations, certificates, courses, offerings, enrollments, institutions, people, projects or indicators.</translation>
    </message>
    <message>
        <source>When the data file does not exist yet, fill it with the demo data without asking.</source>
        <translation>When the data file does not exist yet, fill it with the demo data without asking.</translation>
    </message>
    <message>
        <source>Sync the data file with the server without opening the window, then exit. The password is read from EDUFUSION_PASSWORD or standard input.</source>
        <translation>Sync the data file with the server without opening the window, then exit. The password is read from EDUFUSION_PASSWORD or standard input.</translation>
    </message>
    <message>
        <source>With --sync: the server&apos;s address.</source>
        <translation>With --sync: the server&apos;s address.</translation>
    </message>
    <message>
        <source>With --sync: the user to sign in as.</source>
        <translation>With --sync: the user to sign in as.</translation>
    </message>
    <message>
        <source>With --verify: trust this consortium key file instead of the data file&apos;s keys.</source>
        <translation>With --verify: trust this consortium key file instead of the data file&apos;s keys.</translation>
    </message>
    <message>
        <source>With --certificates-pdf: the folder to write to.</source>
        <translation>With --certificates-pdf: the folder to write to.</translation>
    </message>
    <message>
        <source>Verify a certificate offline, then exit with its verdict&apos;s code: a PDF, a scan or photo, the text of its QR code, or a certificate number.</source>
        <translation>Verify a certificate offline, then exit with its verdict&apos;s code: a PDF, a scan or photo, the text of its QR code, or a certificate number.</translation>
    </message>
    <message>
        <source>Write certificates as PDF files (with their Open Badges credentials) without opening the window, then exit.</source>
        <translation>Write certificates as PDF files (with their Open Badges credentials) without opening the window, then exit.</translation>
    </message>
    <message>
        <source>With --certificates-pdf: every valid certificate of this event.</source>
        <translation>With --certificates-pdf: every valid certificate of this event.</translation>
    </message>
    <message>
        <source>With --certificates-pdf: the certificate of this number.</source>
        <translation>With --certificates-pdf: the certificate of this number.</translation>
    </message>
    <message>
        <source>With --certificates-pdf: one PDF file for all the certificates.</source>
        <translation>With --certificates-pdf: one PDF file for all the certificates.</translation>
    </message>
    <message>
        <source>Write the consortium key file a verifier needs (root keys, office keys, revocation lists), then exit.</source>
        <translation>Write the consortium key file a verifier needs (root keys, office keys, revocation lists), then exit.</translation>
    </message>
    <message>
        <source>Manage signing keys, then exit: create-root, create-office, certify, import, trust, list or retire. Passphrases are read from EDUFUSION_PASSPHRASE or standard input.</source>
        <translation>Manage signing keys, then exit: create-root, create-office, certify, import, trust, list or retire. Passphrases are read from EDUFUSION_PASSPHRASE or standard input.</translation>
    </message>
    <message>
        <source>With --key-ceremony: the root key&apos;s file.</source>
        <translation>With --key-ceremony: the root key&apos;s file.</translation>
    </message>
    <message>
        <source>With --key-ceremony: an office key&apos;s request file.</source>
        <translation>With --key-ceremony: an office key&apos;s request file.</translation>
    </message>
    <message>
        <source>With --key-ceremony: a key certificate file, or a consortium key file to trust.</source>
        <translation>With --key-ceremony: a key certificate file, or a consortium key file to trust.</translation>
    </message>
    <message>
        <source>With --key-ceremony: the office&apos;s code, such as EKTU.</source>
        <translation>With --key-ceremony: the office&apos;s code, such as EKTU.</translation>
    </message>
    <message>
        <source>With --key-ceremony: the office&apos;s name.</source>
        <translation>With --key-ceremony: the office&apos;s name.</translation>
    </message>
    <message>
        <source>With --key-ceremony retire: the key&apos;s id.</source>
        <translation>With --key-ceremony retire: the key&apos;s id.</translation>
    </message>
    <message>
        <source>With --key-ceremony: the key&apos;s first day (YYYY-MM-DD).</source>
        <translation>With --key-ceremony: the key&apos;s first day (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>With --key-ceremony: the key&apos;s last day (YYYY-MM-DD).</source>
        <translation>With --key-ceremony: the key&apos;s last day (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>With --key-ceremony certify: how many numbers the key may give.</source>
        <translation>With --key-ceremony certify: how many numbers the key may give.</translation>
    </message>
    <message>
        <source>Write the Erasmus+ report of this project (its acronym or code) without opening the window, then exit.</source>
        <translation>Write the Erasmus+ report of this project (its acronym or code) without opening the window, then exit.</translation>
    </message>
    <message>
        <source>With --report: the first day of the period, YYYY-MM-DD.</source>
        <translation>With --report: the first day of the period, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>With --report: the last day of the period, YYYY-MM-DD.</source>
        <translation>With --report: the last day of the period, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>With --report: write the workbook here.</source>
        <translation>With --report: write the workbook here.</translation>
    </message>
    <message>
        <source>With --report: write one CSV file per table into this folder.</source>
        <translation>With --report: write one CSV file per table into this folder.</translation>
    </message>
    <message>
        <source>With --report: write the printable report here.</source>
        <translation>With --report: write the printable report here.</translation>
    </message>
    <message>
        <source>With --report: people&apos;s names as written (native) or in Latin letters (latin).</source>
        <translation>With --report: people&apos;s names as written (native) or in Latin letters (latin).</translation>
    </message>
</context>
</TS>
