--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Data for Name: auth_group; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.auth_group VALUES (1, 'marketer');
INSERT INTO public.auth_group VALUES (2, 'sdr');
INSERT INTO public.auth_group VALUES (3, 'rep');
INSERT INTO public.auth_group VALUES (4, 'manager');
INSERT INTO public.auth_group VALUES (5, 'admin');


--
-- Data for Name: django_content_type; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.django_content_type VALUES (1, 'admin', 'logentry');
INSERT INTO public.django_content_type VALUES (2, 'auth', 'permission');
INSERT INTO public.django_content_type VALUES (3, 'auth', 'group');
INSERT INTO public.django_content_type VALUES (4, 'auth', 'user');
INSERT INTO public.django_content_type VALUES (5, 'authtoken', 'token');
INSERT INTO public.django_content_type VALUES (6, 'authtoken', 'tokenproxy');
INSERT INTO public.django_content_type VALUES (7, 'axes', 'accessattempt');
INSERT INTO public.django_content_type VALUES (8, 'axes', 'accesslog');
INSERT INTO public.django_content_type VALUES (9, 'axes', 'accessfailurelog');
INSERT INTO public.django_content_type VALUES (10, 'axes', 'accessattemptexpiration');
INSERT INTO public.django_content_type VALUES (11, 'contenttypes', 'contenttype');
INSERT INTO public.django_content_type VALUES (12, 'leads', 'leadsource');
INSERT INTO public.django_content_type VALUES (13, 'leads', 'productline');
INSERT INTO public.django_content_type VALUES (14, 'leads', 'reason');
INSERT INTO public.django_content_type VALUES (15, 'leads', 'team');
INSERT INTO public.django_content_type VALUES (16, 'leads', 'lead');
INSERT INTO public.django_content_type VALUES (17, 'leads', 'leadchange');
INSERT INTO public.django_content_type VALUES (18, 'leads', 'stagechange');
INSERT INTO public.django_content_type VALUES (19, 'handoff', 'profile');
INSERT INTO public.django_content_type VALUES (20, 'handoff', 'roundrobincursor');
INSERT INTO public.django_content_type VALUES (21, 'handoff', 'routingrule');
INSERT INTO public.django_content_type VALUES (22, 'handoff', 'assignment');
INSERT INTO public.django_content_type VALUES (23, 'handoff', 'teamschedule');
INSERT INTO public.django_content_type VALUES (24, 'handoff', 'notification');
INSERT INTO public.django_content_type VALUES (25, 'leads', 'activitytype');
INSERT INTO public.django_content_type VALUES (26, 'leads', 'importjob');
INSERT INTO public.django_content_type VALUES (27, 'leads', 'activity');
INSERT INTO public.django_content_type VALUES (28, 'leads', 'leadmerge');
INSERT INTO public.django_content_type VALUES (29, 'leads', 'followup');
INSERT INTO public.django_content_type VALUES (30, 'leads', 'accountdomain');
INSERT INTO public.django_content_type VALUES (31, 'leads', 'accountmatchreview');
INSERT INTO public.django_content_type VALUES (32, 'leads', 'accountmerge');
INSERT INTO public.django_content_type VALUES (33, 'leads', 'account');
INSERT INTO public.django_content_type VALUES (34, 'sessions', 'session');
INSERT INTO public.django_content_type VALUES (35, 'scoring', 'scoringmodel');
INSERT INTO public.django_content_type VALUES (36, 'scoring', 'scoringversion');
INSERT INTO public.django_content_type VALUES (37, 'scoring', 'rule');
INSERT INTO public.django_content_type VALUES (38, 'scoring', 'rescorerun');
INSERT INTO public.django_content_type VALUES (39, 'scoring', 'driftalert');
INSERT INTO public.django_content_type VALUES (40, 'handoff', 'reportcount');
INSERT INTO public.django_content_type VALUES (41, 'handoff', 'webhookdelivery');
INSERT INTO public.django_content_type VALUES (42, 'handoff', 'webhookattempt');
INSERT INTO public.django_content_type VALUES (43, 'handoff', 'webhooksubscription');


--
-- Data for Name: auth_permission; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.auth_permission VALUES (1, 'Can add log entry', 1, 'add_logentry');
INSERT INTO public.auth_permission VALUES (2, 'Can change log entry', 1, 'change_logentry');
INSERT INTO public.auth_permission VALUES (3, 'Can delete log entry', 1, 'delete_logentry');
INSERT INTO public.auth_permission VALUES (4, 'Can view log entry', 1, 'view_logentry');
INSERT INTO public.auth_permission VALUES (5, 'Can add permission', 2, 'add_permission');
INSERT INTO public.auth_permission VALUES (6, 'Can change permission', 2, 'change_permission');
INSERT INTO public.auth_permission VALUES (7, 'Can delete permission', 2, 'delete_permission');
INSERT INTO public.auth_permission VALUES (8, 'Can view permission', 2, 'view_permission');
INSERT INTO public.auth_permission VALUES (9, 'Can add group', 3, 'add_group');
INSERT INTO public.auth_permission VALUES (10, 'Can change group', 3, 'change_group');
INSERT INTO public.auth_permission VALUES (11, 'Can delete group', 3, 'delete_group');
INSERT INTO public.auth_permission VALUES (12, 'Can view group', 3, 'view_group');
INSERT INTO public.auth_permission VALUES (13, 'Can add user', 4, 'add_user');
INSERT INTO public.auth_permission VALUES (14, 'Can change user', 4, 'change_user');
INSERT INTO public.auth_permission VALUES (15, 'Can delete user', 4, 'delete_user');
INSERT INTO public.auth_permission VALUES (16, 'Can view user', 4, 'view_user');
INSERT INTO public.auth_permission VALUES (17, 'Can add Token', 5, 'add_token');
INSERT INTO public.auth_permission VALUES (18, 'Can change Token', 5, 'change_token');
INSERT INTO public.auth_permission VALUES (19, 'Can delete Token', 5, 'delete_token');
INSERT INTO public.auth_permission VALUES (20, 'Can view Token', 5, 'view_token');
INSERT INTO public.auth_permission VALUES (21, 'Can add Token', 6, 'add_tokenproxy');
INSERT INTO public.auth_permission VALUES (22, 'Can change Token', 6, 'change_tokenproxy');
INSERT INTO public.auth_permission VALUES (23, 'Can delete Token', 6, 'delete_tokenproxy');
INSERT INTO public.auth_permission VALUES (24, 'Can view Token', 6, 'view_tokenproxy');
INSERT INTO public.auth_permission VALUES (25, 'Can add access attempt', 7, 'add_accessattempt');
INSERT INTO public.auth_permission VALUES (26, 'Can change access attempt', 7, 'change_accessattempt');
INSERT INTO public.auth_permission VALUES (27, 'Can delete access attempt', 7, 'delete_accessattempt');
INSERT INTO public.auth_permission VALUES (28, 'Can view access attempt', 7, 'view_accessattempt');
INSERT INTO public.auth_permission VALUES (29, 'Can add access log', 8, 'add_accesslog');
INSERT INTO public.auth_permission VALUES (30, 'Can change access log', 8, 'change_accesslog');
INSERT INTO public.auth_permission VALUES (31, 'Can delete access log', 8, 'delete_accesslog');
INSERT INTO public.auth_permission VALUES (32, 'Can view access log', 8, 'view_accesslog');
INSERT INTO public.auth_permission VALUES (33, 'Can add access failure', 9, 'add_accessfailurelog');
INSERT INTO public.auth_permission VALUES (34, 'Can change access failure', 9, 'change_accessfailurelog');
INSERT INTO public.auth_permission VALUES (35, 'Can delete access failure', 9, 'delete_accessfailurelog');
INSERT INTO public.auth_permission VALUES (36, 'Can view access failure', 9, 'view_accessfailurelog');
INSERT INTO public.auth_permission VALUES (37, 'Can add access attempt expiration', 10, 'add_accessattemptexpiration');
INSERT INTO public.auth_permission VALUES (38, 'Can change access attempt expiration', 10, 'change_accessattemptexpiration');
INSERT INTO public.auth_permission VALUES (39, 'Can delete access attempt expiration', 10, 'delete_accessattemptexpiration');
INSERT INTO public.auth_permission VALUES (40, 'Can view access attempt expiration', 10, 'view_accessattemptexpiration');
INSERT INTO public.auth_permission VALUES (41, 'Can add content type', 11, 'add_contenttype');
INSERT INTO public.auth_permission VALUES (42, 'Can change content type', 11, 'change_contenttype');
INSERT INTO public.auth_permission VALUES (43, 'Can delete content type', 11, 'delete_contenttype');
INSERT INTO public.auth_permission VALUES (44, 'Can view content type', 11, 'view_contenttype');
INSERT INTO public.auth_permission VALUES (45, 'Can add lead source', 12, 'add_leadsource');
INSERT INTO public.auth_permission VALUES (46, 'Can change lead source', 12, 'change_leadsource');
INSERT INTO public.auth_permission VALUES (47, 'Can delete lead source', 12, 'delete_leadsource');
INSERT INTO public.auth_permission VALUES (48, 'Can view lead source', 12, 'view_leadsource');
INSERT INTO public.auth_permission VALUES (49, 'Can add product line', 13, 'add_productline');
INSERT INTO public.auth_permission VALUES (50, 'Can change product line', 13, 'change_productline');
INSERT INTO public.auth_permission VALUES (51, 'Can delete product line', 13, 'delete_productline');
INSERT INTO public.auth_permission VALUES (52, 'Can view product line', 13, 'view_productline');
INSERT INTO public.auth_permission VALUES (53, 'Can add reason', 14, 'add_reason');
INSERT INTO public.auth_permission VALUES (54, 'Can change reason', 14, 'change_reason');
INSERT INTO public.auth_permission VALUES (55, 'Can delete reason', 14, 'delete_reason');
INSERT INTO public.auth_permission VALUES (56, 'Can view reason', 14, 'view_reason');
INSERT INTO public.auth_permission VALUES (57, 'Can add team', 15, 'add_team');
INSERT INTO public.auth_permission VALUES (58, 'Can change team', 15, 'change_team');
INSERT INTO public.auth_permission VALUES (59, 'Can delete team', 15, 'delete_team');
INSERT INTO public.auth_permission VALUES (60, 'Can view team', 15, 'view_team');
INSERT INTO public.auth_permission VALUES (61, 'Can add lead', 16, 'add_lead');
INSERT INTO public.auth_permission VALUES (62, 'Can change lead', 16, 'change_lead');
INSERT INTO public.auth_permission VALUES (63, 'Can delete lead', 16, 'delete_lead');
INSERT INTO public.auth_permission VALUES (64, 'Can view lead', 16, 'view_lead');
INSERT INTO public.auth_permission VALUES (65, 'Can add lead change', 17, 'add_leadchange');
INSERT INTO public.auth_permission VALUES (66, 'Can change lead change', 17, 'change_leadchange');
INSERT INTO public.auth_permission VALUES (67, 'Can delete lead change', 17, 'delete_leadchange');
INSERT INTO public.auth_permission VALUES (68, 'Can view lead change', 17, 'view_leadchange');
INSERT INTO public.auth_permission VALUES (69, 'Can add stage change', 18, 'add_stagechange');
INSERT INTO public.auth_permission VALUES (70, 'Can change stage change', 18, 'change_stagechange');
INSERT INTO public.auth_permission VALUES (71, 'Can delete stage change', 18, 'delete_stagechange');
INSERT INTO public.auth_permission VALUES (72, 'Can view stage change', 18, 'view_stagechange');
INSERT INTO public.auth_permission VALUES (73, 'Can add profile', 19, 'add_profile');
INSERT INTO public.auth_permission VALUES (74, 'Can change profile', 19, 'change_profile');
INSERT INTO public.auth_permission VALUES (75, 'Can delete profile', 19, 'delete_profile');
INSERT INTO public.auth_permission VALUES (76, 'Can view profile', 19, 'view_profile');
INSERT INTO public.auth_permission VALUES (77, 'Can add round robin cursor', 20, 'add_roundrobincursor');
INSERT INTO public.auth_permission VALUES (78, 'Can change round robin cursor', 20, 'change_roundrobincursor');
INSERT INTO public.auth_permission VALUES (79, 'Can delete round robin cursor', 20, 'delete_roundrobincursor');
INSERT INTO public.auth_permission VALUES (80, 'Can view round robin cursor', 20, 'view_roundrobincursor');
INSERT INTO public.auth_permission VALUES (81, 'Can add routing rule', 21, 'add_routingrule');
INSERT INTO public.auth_permission VALUES (82, 'Can change routing rule', 21, 'change_routingrule');
INSERT INTO public.auth_permission VALUES (83, 'Can delete routing rule', 21, 'delete_routingrule');
INSERT INTO public.auth_permission VALUES (84, 'Can view routing rule', 21, 'view_routingrule');
INSERT INTO public.auth_permission VALUES (85, 'Can add assignment', 22, 'add_assignment');
INSERT INTO public.auth_permission VALUES (86, 'Can change assignment', 22, 'change_assignment');
INSERT INTO public.auth_permission VALUES (87, 'Can delete assignment', 22, 'delete_assignment');
INSERT INTO public.auth_permission VALUES (88, 'Can view assignment', 22, 'view_assignment');
INSERT INTO public.auth_permission VALUES (89, 'Can add team schedule', 23, 'add_teamschedule');
INSERT INTO public.auth_permission VALUES (90, 'Can change team schedule', 23, 'change_teamschedule');
INSERT INTO public.auth_permission VALUES (91, 'Can delete team schedule', 23, 'delete_teamschedule');
INSERT INTO public.auth_permission VALUES (92, 'Can view team schedule', 23, 'view_teamschedule');
INSERT INTO public.auth_permission VALUES (93, 'Can add notification', 24, 'add_notification');
INSERT INTO public.auth_permission VALUES (94, 'Can change notification', 24, 'change_notification');
INSERT INTO public.auth_permission VALUES (95, 'Can delete notification', 24, 'delete_notification');
INSERT INTO public.auth_permission VALUES (96, 'Can view notification', 24, 'view_notification');
INSERT INTO public.auth_permission VALUES (97, 'Can add activity type', 25, 'add_activitytype');
INSERT INTO public.auth_permission VALUES (98, 'Can change activity type', 25, 'change_activitytype');
INSERT INTO public.auth_permission VALUES (99, 'Can delete activity type', 25, 'delete_activitytype');
INSERT INTO public.auth_permission VALUES (100, 'Can view activity type', 25, 'view_activitytype');
INSERT INTO public.auth_permission VALUES (101, 'Can add import job', 26, 'add_importjob');
INSERT INTO public.auth_permission VALUES (102, 'Can change import job', 26, 'change_importjob');
INSERT INTO public.auth_permission VALUES (103, 'Can delete import job', 26, 'delete_importjob');
INSERT INTO public.auth_permission VALUES (104, 'Can view import job', 26, 'view_importjob');
INSERT INTO public.auth_permission VALUES (105, 'Can add activity', 27, 'add_activity');
INSERT INTO public.auth_permission VALUES (106, 'Can change activity', 27, 'change_activity');
INSERT INTO public.auth_permission VALUES (107, 'Can delete activity', 27, 'delete_activity');
INSERT INTO public.auth_permission VALUES (108, 'Can view activity', 27, 'view_activity');
INSERT INTO public.auth_permission VALUES (109, 'Can add lead merge', 28, 'add_leadmerge');
INSERT INTO public.auth_permission VALUES (110, 'Can change lead merge', 28, 'change_leadmerge');
INSERT INTO public.auth_permission VALUES (111, 'Can delete lead merge', 28, 'delete_leadmerge');
INSERT INTO public.auth_permission VALUES (112, 'Can view lead merge', 28, 'view_leadmerge');
INSERT INTO public.auth_permission VALUES (113, 'Can add follow up', 29, 'add_followup');
INSERT INTO public.auth_permission VALUES (114, 'Can change follow up', 29, 'change_followup');
INSERT INTO public.auth_permission VALUES (115, 'Can delete follow up', 29, 'delete_followup');
INSERT INTO public.auth_permission VALUES (116, 'Can view follow up', 29, 'view_followup');
INSERT INTO public.auth_permission VALUES (117, 'Can add account domain', 30, 'add_accountdomain');
INSERT INTO public.auth_permission VALUES (118, 'Can change account domain', 30, 'change_accountdomain');
INSERT INTO public.auth_permission VALUES (119, 'Can delete account domain', 30, 'delete_accountdomain');
INSERT INTO public.auth_permission VALUES (120, 'Can view account domain', 30, 'view_accountdomain');
INSERT INTO public.auth_permission VALUES (121, 'Can add account match review', 31, 'add_accountmatchreview');
INSERT INTO public.auth_permission VALUES (122, 'Can change account match review', 31, 'change_accountmatchreview');
INSERT INTO public.auth_permission VALUES (123, 'Can delete account match review', 31, 'delete_accountmatchreview');
INSERT INTO public.auth_permission VALUES (124, 'Can view account match review', 31, 'view_accountmatchreview');
INSERT INTO public.auth_permission VALUES (125, 'Can add account merge', 32, 'add_accountmerge');
INSERT INTO public.auth_permission VALUES (126, 'Can change account merge', 32, 'change_accountmerge');
INSERT INTO public.auth_permission VALUES (127, 'Can delete account merge', 32, 'delete_accountmerge');
INSERT INTO public.auth_permission VALUES (128, 'Can view account merge', 32, 'view_accountmerge');
INSERT INTO public.auth_permission VALUES (129, 'Can add account', 33, 'add_account');
INSERT INTO public.auth_permission VALUES (130, 'Can change account', 33, 'change_account');
INSERT INTO public.auth_permission VALUES (131, 'Can delete account', 33, 'delete_account');
INSERT INTO public.auth_permission VALUES (132, 'Can view account', 33, 'view_account');
INSERT INTO public.auth_permission VALUES (133, 'Can add session', 34, 'add_session');
INSERT INTO public.auth_permission VALUES (134, 'Can change session', 34, 'change_session');
INSERT INTO public.auth_permission VALUES (135, 'Can delete session', 34, 'delete_session');
INSERT INTO public.auth_permission VALUES (136, 'Can view session', 34, 'view_session');
INSERT INTO public.auth_permission VALUES (137, 'Can add scoring model', 35, 'add_scoringmodel');
INSERT INTO public.auth_permission VALUES (138, 'Can change scoring model', 35, 'change_scoringmodel');
INSERT INTO public.auth_permission VALUES (139, 'Can delete scoring model', 35, 'delete_scoringmodel');
INSERT INTO public.auth_permission VALUES (140, 'Can view scoring model', 35, 'view_scoringmodel');
INSERT INTO public.auth_permission VALUES (141, 'Can add scoring version', 36, 'add_scoringversion');
INSERT INTO public.auth_permission VALUES (142, 'Can change scoring version', 36, 'change_scoringversion');
INSERT INTO public.auth_permission VALUES (143, 'Can delete scoring version', 36, 'delete_scoringversion');
INSERT INTO public.auth_permission VALUES (144, 'Can view scoring version', 36, 'view_scoringversion');
INSERT INTO public.auth_permission VALUES (145, 'Can add rule', 37, 'add_rule');
INSERT INTO public.auth_permission VALUES (146, 'Can change rule', 37, 'change_rule');
INSERT INTO public.auth_permission VALUES (147, 'Can delete rule', 37, 'delete_rule');
INSERT INTO public.auth_permission VALUES (148, 'Can view rule', 37, 'view_rule');
INSERT INTO public.auth_permission VALUES (149, 'Can add rescore run', 38, 'add_rescorerun');
INSERT INTO public.auth_permission VALUES (150, 'Can change rescore run', 38, 'change_rescorerun');
INSERT INTO public.auth_permission VALUES (151, 'Can delete rescore run', 38, 'delete_rescorerun');
INSERT INTO public.auth_permission VALUES (152, 'Can view rescore run', 38, 'view_rescorerun');
INSERT INTO public.auth_permission VALUES (153, 'Can add drift alert', 39, 'add_driftalert');
INSERT INTO public.auth_permission VALUES (154, 'Can change drift alert', 39, 'change_driftalert');
INSERT INTO public.auth_permission VALUES (155, 'Can delete drift alert', 39, 'delete_driftalert');
INSERT INTO public.auth_permission VALUES (156, 'Can view drift alert', 39, 'view_driftalert');
INSERT INTO public.auth_permission VALUES (157, 'Can add report count', 40, 'add_reportcount');
INSERT INTO public.auth_permission VALUES (158, 'Can change report count', 40, 'change_reportcount');
INSERT INTO public.auth_permission VALUES (159, 'Can delete report count', 40, 'delete_reportcount');
INSERT INTO public.auth_permission VALUES (160, 'Can view report count', 40, 'view_reportcount');
INSERT INTO public.auth_permission VALUES (161, 'Can add webhook delivery', 41, 'add_webhookdelivery');
INSERT INTO public.auth_permission VALUES (162, 'Can change webhook delivery', 41, 'change_webhookdelivery');
INSERT INTO public.auth_permission VALUES (163, 'Can delete webhook delivery', 41, 'delete_webhookdelivery');
INSERT INTO public.auth_permission VALUES (164, 'Can view webhook delivery', 41, 'view_webhookdelivery');
INSERT INTO public.auth_permission VALUES (165, 'Can add webhook attempt', 42, 'add_webhookattempt');
INSERT INTO public.auth_permission VALUES (166, 'Can change webhook attempt', 42, 'change_webhookattempt');
INSERT INTO public.auth_permission VALUES (167, 'Can delete webhook attempt', 42, 'delete_webhookattempt');
INSERT INTO public.auth_permission VALUES (168, 'Can view webhook attempt', 42, 'view_webhookattempt');
INSERT INTO public.auth_permission VALUES (169, 'Can add webhook subscription', 43, 'add_webhooksubscription');
INSERT INTO public.auth_permission VALUES (170, 'Can change webhook subscription', 43, 'change_webhooksubscription');
INSERT INTO public.auth_permission VALUES (171, 'Can delete webhook subscription', 43, 'delete_webhooksubscription');
INSERT INTO public.auth_permission VALUES (172, 'Can view webhook subscription', 43, 'view_webhooksubscription');


--
-- Data for Name: auth_group_permissions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.auth_group_permissions VALUES (1, 1, 64);
INSERT INTO public.auth_group_permissions VALUES (2, 1, 61);
INSERT INTO public.auth_group_permissions VALUES (3, 1, 62);
INSERT INTO public.auth_group_permissions VALUES (4, 1, 72);
INSERT INTO public.auth_group_permissions VALUES (5, 1, 68);
INSERT INTO public.auth_group_permissions VALUES (6, 1, 48);
INSERT INTO public.auth_group_permissions VALUES (7, 1, 45);
INSERT INTO public.auth_group_permissions VALUES (8, 1, 46);
INSERT INTO public.auth_group_permissions VALUES (9, 1, 52);
INSERT INTO public.auth_group_permissions VALUES (10, 1, 56);
INSERT INTO public.auth_group_permissions VALUES (11, 1, 60);
INSERT INTO public.auth_group_permissions VALUES (12, 2, 64);
INSERT INTO public.auth_group_permissions VALUES (13, 2, 56);
INSERT INTO public.auth_group_permissions VALUES (14, 3, 64);
INSERT INTO public.auth_group_permissions VALUES (15, 3, 56);
INSERT INTO public.auth_group_permissions VALUES (16, 4, 64);
INSERT INTO public.auth_group_permissions VALUES (17, 4, 62);
INSERT INTO public.auth_group_permissions VALUES (18, 4, 72);
INSERT INTO public.auth_group_permissions VALUES (19, 4, 68);
INSERT INTO public.auth_group_permissions VALUES (20, 4, 48);
INSERT INTO public.auth_group_permissions VALUES (21, 4, 52);
INSERT INTO public.auth_group_permissions VALUES (22, 4, 56);
INSERT INTO public.auth_group_permissions VALUES (23, 4, 60);
INSERT INTO public.auth_group_permissions VALUES (24, 4, 57);
INSERT INTO public.auth_group_permissions VALUES (25, 4, 58);
INSERT INTO public.auth_group_permissions VALUES (26, 4, 73);
INSERT INTO public.auth_group_permissions VALUES (27, 4, 74);
INSERT INTO public.auth_group_permissions VALUES (28, 4, 76);
INSERT INTO public.auth_group_permissions VALUES (29, 4, 81);
INSERT INTO public.auth_group_permissions VALUES (30, 4, 82);
INSERT INTO public.auth_group_permissions VALUES (31, 4, 83);
INSERT INTO public.auth_group_permissions VALUES (32, 4, 84);
INSERT INTO public.auth_group_permissions VALUES (33, 4, 88);
INSERT INTO public.auth_group_permissions VALUES (34, 4, 89);
INSERT INTO public.auth_group_permissions VALUES (35, 4, 90);
INSERT INTO public.auth_group_permissions VALUES (36, 4, 92);
INSERT INTO public.auth_group_permissions VALUES (37, 1, 84);
INSERT INTO public.auth_group_permissions VALUES (38, 1, 129);
INSERT INTO public.auth_group_permissions VALUES (39, 1, 130);
INSERT INTO public.auth_group_permissions VALUES (40, 1, 132);
INSERT INTO public.auth_group_permissions VALUES (41, 1, 117);
INSERT INTO public.auth_group_permissions VALUES (42, 1, 118);
INSERT INTO public.auth_group_permissions VALUES (43, 1, 119);
INSERT INTO public.auth_group_permissions VALUES (44, 1, 120);
INSERT INTO public.auth_group_permissions VALUES (45, 1, 124);
INSERT INTO public.auth_group_permissions VALUES (46, 4, 129);
INSERT INTO public.auth_group_permissions VALUES (47, 4, 130);
INSERT INTO public.auth_group_permissions VALUES (48, 4, 132);
INSERT INTO public.auth_group_permissions VALUES (49, 4, 117);
INSERT INTO public.auth_group_permissions VALUES (50, 4, 118);
INSERT INTO public.auth_group_permissions VALUES (51, 4, 119);
INSERT INTO public.auth_group_permissions VALUES (52, 4, 120);
INSERT INTO public.auth_group_permissions VALUES (53, 4, 124);


--
-- Data for Name: auth_user; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.auth_user VALUES (1, 'md5$PyGSdHs3nOstJ9rb7i2GcD$4910be7b76d89fd9b41046f0c5e8e6ad', NULL, false, 'marketer', '', '', 'marketer@leadcrm.example', true, true, '2026-12-05 01:30:08.555915+00');
INSERT INTO public.auth_user VALUES (2, 'md5$hj8TCjKb6Lhr6qexQsyvgG$73a317668c7a888dc114965bf2f78ed9', NULL, false, 'sdr', '', '', 'sdr@leadcrm.example', false, true, '2026-12-05 01:30:08.585279+00');
INSERT INTO public.auth_user VALUES (3, 'md5$J4tEI6FbgGInViNJNYbuct$bd12df47b52990d49a0da8c4f19d8c37', NULL, false, 'rep1', '', '', 'rep1@leadcrm.example', false, true, '2026-12-05 01:30:08.59932+00');
INSERT INTO public.auth_user VALUES (4, 'md5$3GH8OXWCzUxjOWE0PztBoi$dd589f57c0fe7f6c97d31d8dfa112783', NULL, false, 'rep2', '', '', 'rep2@leadcrm.example', false, true, '2026-12-05 01:30:08.60951+00');
INSERT INTO public.auth_user VALUES (5, 'md5$u3THafNDXS17bdxQjPrp2A$440d4295a3ac7a2d4e939bec8d93dbee', NULL, false, 'manager', '', '', 'manager@leadcrm.example', true, true, '2026-12-05 01:30:08.629519+00');
INSERT INTO public.auth_user VALUES (6, 'md5$05Gyy9e5KfIpzXKHuNlA2e$7723656e07ed38e6589afbde98501de9', NULL, true, 'admin', '', '', 'admin@leadcrm.example', true, true, '2026-12-05 01:30:08.634709+00');


--
-- Data for Name: auth_user_groups; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.auth_user_groups VALUES (1, 1, 1);
INSERT INTO public.auth_user_groups VALUES (2, 2, 2);
INSERT INTO public.auth_user_groups VALUES (3, 3, 3);
INSERT INTO public.auth_user_groups VALUES (4, 4, 3);
INSERT INTO public.auth_user_groups VALUES (5, 5, 4);
INSERT INTO public.auth_user_groups VALUES (6, 6, 5);


--
-- Data for Name: auth_user_user_permissions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: authtoken_token; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.authtoken_token VALUES ('43c3ba0aeec542f98f626104ed808a100851d17f', '2026-12-05 01:30:08.58042+00', 1);
INSERT INTO public.authtoken_token VALUES ('d3fa5ba90cb1c2461f198638e2d260f0232db7b2', '2026-12-05 01:30:08.598078+00', 2);
INSERT INTO public.authtoken_token VALUES ('09dc608fd456c38db1fa76903b4312a11682ae82', '2026-12-05 01:30:08.607141+00', 3);
INSERT INTO public.authtoken_token VALUES ('70484ca57770a3e6741e715bdb8d7b0fe7dc0b6c', '2026-12-05 01:30:08.615824+00', 4);
INSERT INTO public.authtoken_token VALUES ('d7617a30dbb7fc11c14a7bd76494586b0328a934', '2026-12-05 01:30:08.633648+00', 5);
INSERT INTO public.authtoken_token VALUES ('3d5aa1d2347548d671864368ef80226267d6e54f', '2026-12-05 01:30:08.645953+00', 6);


--
-- Data for Name: axes_accessattempt; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: axes_accessattemptexpiration; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: axes_accessfailurelog; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: axes_accesslog; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: django_admin_log; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: django_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.django_migrations VALUES (1, 'contenttypes', '0001_initial', '2026-12-05 01:30:01.628362+00');
INSERT INTO public.django_migrations VALUES (2, 'auth', '0001_initial', '2026-12-05 01:30:01.653922+00');
INSERT INTO public.django_migrations VALUES (3, 'admin', '0001_initial', '2026-12-05 01:30:01.661518+00');
INSERT INTO public.django_migrations VALUES (4, 'admin', '0002_logentry_remove_auto_add', '2026-12-05 01:30:01.665212+00');
INSERT INTO public.django_migrations VALUES (5, 'admin', '0003_logentry_add_action_flag_choices', '2026-12-05 01:30:01.668794+00');
INSERT INTO public.django_migrations VALUES (6, 'contenttypes', '0002_remove_content_type_name', '2026-12-05 01:30:01.676715+00');
INSERT INTO public.django_migrations VALUES (7, 'auth', '0002_alter_permission_name_max_length', '2026-12-05 01:30:01.680575+00');
INSERT INTO public.django_migrations VALUES (8, 'auth', '0003_alter_user_email_max_length', '2026-12-05 01:30:01.685904+00');
INSERT INTO public.django_migrations VALUES (9, 'auth', '0004_alter_user_username_opts', '2026-12-05 01:30:01.68926+00');
INSERT INTO public.django_migrations VALUES (10, 'auth', '0005_alter_user_last_login_null', '2026-12-05 01:30:01.692964+00');
INSERT INTO public.django_migrations VALUES (11, 'auth', '0006_require_contenttypes_0002', '2026-12-05 01:30:01.693524+00');
INSERT INTO public.django_migrations VALUES (12, 'auth', '0007_alter_validators_add_error_messages', '2026-12-05 01:30:01.696809+00');
INSERT INTO public.django_migrations VALUES (13, 'auth', '0008_alter_user_username_max_length', '2026-12-05 01:30:01.70217+00');
INSERT INTO public.django_migrations VALUES (14, 'auth', '0009_alter_user_last_name_max_length', '2026-12-05 01:30:01.706077+00');
INSERT INTO public.django_migrations VALUES (15, 'auth', '0010_alter_group_name_max_length', '2026-12-05 01:30:01.710425+00');
INSERT INTO public.django_migrations VALUES (16, 'auth', '0011_update_proxy_permissions', '2026-12-05 01:30:01.713932+00');
INSERT INTO public.django_migrations VALUES (17, 'auth', '0012_alter_user_first_name_max_length', '2026-12-05 01:30:01.717655+00');
INSERT INTO public.django_migrations VALUES (18, 'authtoken', '0001_initial', '2026-12-05 01:30:01.725712+00');
INSERT INTO public.django_migrations VALUES (19, 'authtoken', '0002_auto_20160226_1747', '2026-12-05 01:30:01.737463+00');
INSERT INTO public.django_migrations VALUES (20, 'authtoken', '0003_tokenproxy', '2026-12-05 01:30:01.738287+00');
INSERT INTO public.django_migrations VALUES (21, 'authtoken', '0004_alter_tokenproxy_options', '2026-12-05 01:30:01.740136+00');
INSERT INTO public.django_migrations VALUES (22, 'axes', '0001_initial', '2026-12-05 01:30:01.745525+00');
INSERT INTO public.django_migrations VALUES (23, 'axes', '0002_auto_20151217_2044', '2026-12-05 01:30:01.771234+00');
INSERT INTO public.django_migrations VALUES (24, 'axes', '0003_auto_20160322_0929', '2026-12-05 01:30:01.781778+00');
INSERT INTO public.django_migrations VALUES (25, 'axes', '0004_auto_20181024_1538', '2026-12-05 01:30:01.792017+00');
INSERT INTO public.django_migrations VALUES (26, 'axes', '0005_remove_accessattempt_trusted', '2026-12-05 01:30:01.798788+00');
INSERT INTO public.django_migrations VALUES (27, 'axes', '0006_remove_accesslog_trusted', '2026-12-05 01:30:01.802736+00');
INSERT INTO public.django_migrations VALUES (28, 'axes', '0007_alter_accessattempt_unique_together', '2026-12-05 01:30:01.818857+00');
INSERT INTO public.django_migrations VALUES (29, 'axes', '0008_accessfailurelog', '2026-12-05 01:30:01.830196+00');
INSERT INTO public.django_migrations VALUES (30, 'axes', '0009_add_session_hash', '2026-12-05 01:30:01.8322+00');
INSERT INTO public.django_migrations VALUES (31, 'axes', '0010_accessattemptexpiration', '2026-12-05 01:30:01.84034+00');
INSERT INTO public.django_migrations VALUES (32, 'leads', '0001_initial', '2026-12-05 01:30:02.128854+00');
INSERT INTO public.django_migrations VALUES (33, 'leads', '0002_roles_and_reasons', '2026-12-05 01:30:02.208366+00');
INSERT INTO public.django_migrations VALUES (34, 'leads', '0003_activities_and_imports', '2026-12-05 01:30:02.238847+00');
INSERT INTO public.django_migrations VALUES (35, 'leads', '0004_activity_types', '2026-12-05 01:30:02.27455+00');
INSERT INTO public.django_migrations VALUES (36, 'handoff', '0001_initial', '2026-12-05 01:30:02.642482+00');
INSERT INTO public.django_migrations VALUES (37, 'handoff', '0002_manager_permissions', '2026-12-05 01:30:02.689315+00');
INSERT INTO public.django_migrations VALUES (38, 'handoff', '0003_inbox_index', '2026-12-05 01:30:02.723503+00');
INSERT INTO public.django_migrations VALUES (39, 'handoff', '0001_reporting', '2026-12-05 01:30:02.751235+00');
INSERT INTO public.django_migrations VALUES (40, 'handoff', '0004_merge_reporting', '2026-12-05 01:30:02.751786+00');
INSERT INTO public.django_migrations VALUES (41, 'handoff', '0005_profile_time_zone', '2026-12-05 01:30:02.762496+00');
INSERT INTO public.django_migrations VALUES (42, 'handoff', '0006_reinstall_report_triggers', '2026-12-05 01:30:02.781269+00');
INSERT INTO public.django_migrations VALUES (43, 'handoff', '0007_webhooks_subscriptions', '2026-12-05 01:30:03.014808+00');
INSERT INTO public.django_migrations VALUES (44, 'handoff', '0008_handoff_sla_honesty', '2026-12-05 01:30:03.041322+00');
INSERT INTO public.django_migrations VALUES (45, 'handoff', '0009_scoring_model_drift_kind', '2026-12-05 01:30:03.05334+00');
INSERT INTO public.django_migrations VALUES (46, 'handoff', '0010_workday_task_due', '2026-12-05 01:30:03.065686+00');
INSERT INTO public.django_migrations VALUES (47, 'handoff', '0011_accounts_account_owner_routing', '2026-12-05 01:30:03.118356+00');
INSERT INTO public.django_migrations VALUES (48, 'leads', '0008_report_indexes', '2026-12-05 01:30:03.158289+00');
INSERT INTO public.django_migrations VALUES (49, 'leads', '0007_queue_indexes', '2026-12-05 01:30:03.201785+00');
INSERT INTO public.django_migrations VALUES (50, 'leads', '0006_webform_via', '2026-12-05 01:30:03.254085+00');
INSERT INTO public.django_migrations VALUES (51, 'leads', '0007_lead_merges', '2026-12-05 01:30:03.467643+00');
INSERT INTO public.django_migrations VALUES (52, 'leads', '0008_merge_queue_indexes_and_merges', '2026-12-05 01:30:03.468287+00');
INSERT INTO public.django_migrations VALUES (53, 'leads', '0009_merge_report_indexes', '2026-12-05 01:30:03.470037+00');
INSERT INTO public.django_migrations VALUES (54, 'leads', '0009_leadchange_fields_and_erase_kinds', '2026-12-05 01:30:03.690657+00');
INSERT INTO public.django_migrations VALUES (55, 'leads', '0010_merge_audit_kinds', '2026-12-05 01:30:03.691601+00');
INSERT INTO public.django_migrations VALUES (56, 'leads', '0009_awaiting_scoring', '2026-12-05 01:30:03.720391+00');
INSERT INTO public.django_migrations VALUES (57, 'leads', '0011_merge_awaiting_scoring', '2026-12-05 01:30:03.720939+00');
INSERT INTO public.django_migrations VALUES (58, 'leads', '0012_lead_fk_indexes_covered', '2026-12-05 01:30:03.757226+00');
INSERT INTO public.django_migrations VALUES (59, 'leads', '0013_stagechange_entered_at', '2026-12-05 01:30:03.797543+00');
INSERT INTO public.django_migrations VALUES (60, 'leads', '0014_lead_score_created_index', '2026-12-05 01:30:03.812126+00');
INSERT INTO public.django_migrations VALUES (61, 'leads', '0015_sec_input_hardening', '2026-12-05 01:30:03.87231+00');
INSERT INTO public.django_migrations VALUES (62, 'leads', '0016_imports_presets_and_report', '2026-12-05 01:30:04.037996+00');
INSERT INTO public.django_migrations VALUES (63, 'leads', '0017_handoff_cooldown_threshold', '2026-12-05 01:30:04.146501+00');
INSERT INTO public.django_migrations VALUES (64, 'leads', '0018_scoring_likelihood', '2026-12-05 01:30:04.161936+00');
INSERT INTO public.django_migrations VALUES (65, 'leads', '0019_workday_worklog_followups', '2026-12-05 01:30:04.607966+00');
INSERT INTO public.django_migrations VALUES (66, 'leads', '0020_accounts_model_and_lead_account', '2026-12-05 01:30:05.2486+00');
INSERT INTO public.django_migrations VALUES (67, 'scoring', '0001_initial', '2026-12-05 01:30:05.486744+00');
INSERT INTO public.django_migrations VALUES (68, 'scoring', '0002_starter_model', '2026-12-05 01:30:05.699428+00');
INSERT INTO public.django_migrations VALUES (69, 'scoring', '0003_scoring_drift_alert', '2026-12-05 01:30:05.755128+00');
INSERT INTO public.django_migrations VALUES (70, 'sessions', '0001_initial', '2026-12-05 01:30:05.766515+00');


--
-- Data for Name: django_session; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: leads_team; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.leads_team VALUES (1, 'Inside Sales', 5, 0);


--
-- Data for Name: handoff_routingrule; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.handoff_routingrule VALUES (1, 10, 'Hot payments leads to rep2', true, '', '', '', '', 75, 2, NULL, true, false, 4, NULL, false);
INSERT INTO public.handoff_routingrule VALUES (2, 20, 'Europe', true, 'DE,FR,ES,NL,GB', '', '', '', NULL, 8, 24, false, false, NULL, 1, false);
INSERT INTO public.handoff_routingrule VALUES (3, 100, 'Everyone else', true, '', '', '', '', NULL, 24, 48, false, true, NULL, 1, false);


--
-- Data for Name: leads_account; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: leads_leadsource; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.leads_leadsource VALUES (1, 'website', 'Website forms', '5xxBnyWpnBNHSoDjf7r85cjxicr_a3WVw4zbGG0q3TA', '', '2026-12-05 01:30:08.647572+00');
INSERT INTO public.leads_leadsource VALUES (2, 'paid_search', 'Paid search', 'y4PzoXMpmtWNh8PKiZL7MtH8gobpnHnu-X5AXpUx2I8', '', '2026-12-05 01:30:08.648997+00');
INSERT INTO public.leads_leadsource VALUES (3, 'organic_search', 'Organic search', 'yaXyWRYMWK2OaKZmgtl8ponbiU4zZwu3EGyP4DewKJQ', '', '2026-12-05 01:30:08.65008+00');
INSERT INTO public.leads_leadsource VALUES (4, 'webinar', 'Webinars', '4LACdi3ojmxVrmDqbJo7yu4J4DAbA5IQI7q83r5Qtp4', '', '2026-12-05 01:30:08.651049+00');
INSERT INTO public.leads_leadsource VALUES (5, 'social', 'Social', '_DkVybeQ4SNCiqx6Qcy7KXIFQBk72quGSfGMUQ3m-6Q', '', '2026-12-05 01:30:08.653311+00');
INSERT INTO public.leads_leadsource VALUES (6, 'referral', 'Referrals', 'Oq3G4r2QI23uv-rrzpQIRb5nDwJZ-QuUPi9cGPvPcc4', '', '2026-12-05 01:30:08.657903+00');
INSERT INTO public.leads_leadsource VALUES (7, 'email', 'E-mail campaigns', 'Fw1ZaawyK27d48Q1foMAfgDHB7MWv3CdFBG9mYVWcDc', '', '2026-12-05 01:30:08.658797+00');
INSERT INTO public.leads_leadsource VALUES (8, 'events', 'Trade shows', 'JSk8FdguUpULBrLbHoVtWU80WT10RJiMRcnOjpCpGzg', '', '2026-12-05 01:30:08.665751+00');


--
-- Data for Name: leads_productline; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.leads_productline VALUES (1, 'crm', 'CRM Suite');
INSERT INTO public.leads_productline VALUES (2, 'analytics', 'Analytics');
INSERT INTO public.leads_productline VALUES (3, 'payments', 'Payments');


--
-- Data for Name: leads_lead; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.leads_lead VALUES (1, 'eva.silva.0@oscorp.example', '+49301230000', 'demo-1-0', 'Eva', 'Silva', 'Oscorp Labs', 'Marketing Director', 'Manufacturing', 120, 'DE', '', '', '', 'spring-launch', false, false, '{"visits": 35, "newsletter": true, "budget_band": "<10k"}', 'disqualified', 39, 45, 0, 85, '[{"rule": "Job title: director", "points": 15, "category": "demographic"}, {"rule": "Company size 100-499", "points": 15, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Pricing page viewed", "points": 10, "category": "behavioral"}, {"rule": "Unsubscribed", "points": -30, "category": "behavioral"}, {"rule": "Behaviour floored at 0", "points": 20, "category": "behavioral"}, {"rule": "5-19 page views", "points": 20, "category": "engagement"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}, {"rule": "Active in the last week", "points": 30, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:11.722922+00', '2026-10-22 11:53:02.253761+00', '2026-12-05 01:30:08.674385+00', '2026-11-03 04:49:09.927714+00', NULL, NULL, 1, 1, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (2, 'marco.varga.1@umbrella.example', '+55119120001', 'demo-1-1', 'Marco', 'Varga', 'Umbrella SA', 'Head of Marketing', 'Education', 350, 'BR', '', '', '', '', false, false, '{"visits": 28, "newsletter": false, "budget_band": "10k-50k"}', 'disqualified', 33, 42, 8, 55, '[{"rule": "Job title: head of", "points": 12, "category": "demographic"}, {"rule": "Company size 100-499", "points": 15, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Demo requested", "points": 4, "category": "behavioral"}, {"rule": "Quote requested", "points": 4, "category": "behavioral"}, {"rule": "5-19 page views", "points": 20, "category": "engagement"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:11.722922+00', '2026-08-24 16:41:34.832637+00', '2026-12-05 01:30:08.674424+00', '2026-09-03 20:17:34.340975+00', NULL, NULL, 1, 3, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (3, 'jude.jensen.2@cyberdyne.example', '+33141230002', 'demo-1-2', 'Jude', 'Jensen', 'Cyberdyne SA', 'VP Sales', 'Retail', 800, 'FR', '', '', '', '', false, false, '{"visits": 26, "newsletter": false, "budget_band": "10k-50k"}', 'won', 35, 65, 1, 35, '[{"rule": "Job title: VP", "points": 15, "category": "demographic"}, {"rule": "Company size 500+", "points": 25, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Target industry", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Webinar attended", "points": 1, "category": "behavioral"}, {"rule": "5-19 page views", "points": 20, "category": "engagement"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}, {"rule": "Silent for 90+ days", "points": -20, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:11.722922+00', '2026-06-12 06:48:31.773964+00', '2026-12-05 01:30:08.674463+00', '2026-07-19 10:50:47.470744+00', NULL, 3, 3, 2, 1, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (4, 'farah.quispe.3@umbrella.example', '+55119120003', 'demo-1-3', 'Farah', 'Quispe', 'Umbrella Ltd', 'Operations Manager', 'Manufacturing', 120, 'BR', '', '', '', '', false, false, '{"visits": 33, "newsletter": true, "budget_band": "unknown"}', 'lost', 28, 36, 0, 55, '[{"rule": "Job title: manager", "points": 6, "category": "demographic"}, {"rule": "Company size 100-499", "points": 15, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "5-19 page views", "points": 20, "category": "engagement"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-09-13 19:08:32.727807+00', '2026-12-05 01:30:08.674503+00', '2026-10-15 05:55:55.88537+00', NULL, 4, 7, 3, 1, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (5, 'priya.lópez.4@stark.example', '+55119120004', 'demo-1-4', 'Priya', 'López', 'Stark Inc', 'Head of Marketing', 'Manufacturing', 40, 'BR', '', '', '', 'spring-launch', false, false, '{"visits": 2, "newsletter": true, "budget_band": "unknown"}', 'disqualified', 35, 35, 0, 85, '[{"rule": "Job title: head of", "points": 12, "category": "demographic"}, {"rule": "Company size 20-99", "points": 8, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Webinar registration", "points": 4, "category": "behavioral"}, {"rule": "Unsubscribed", "points": -30, "category": "behavioral"}, {"rule": "Behaviour floored at 0", "points": 26, "category": "behavioral"}, {"rule": "5-19 page views", "points": 20, "category": "engagement"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}, {"rule": "Active in the last week", "points": 30, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-10-27 03:11:20.672207+00', '2026-12-05 01:30:08.674539+00', '2026-10-28 10:24:58.124761+00', NULL, NULL, 3, 1, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (7, 'tariq.nakamura.6@oscorp.example', '+14155550006', 'demo-1-6', 'Tariq', 'Nakamura', 'Oscorp Ltd', 'Operations Manager', 'Software', 2500, 'US', '', '', '', 'retargeting', false, false, '{"visits": 5, "newsletter": true, "budget_band": "50k+"}', 'lost', 31, 56, 0, 35, '[{"rule": "Job title: manager", "points": 6, "category": "demographic"}, {"rule": "Company size 500+", "points": 25, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Target industry", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "5-19 page views", "points": 20, "category": "engagement"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}, {"rule": "Silent for 90+ days", "points": -20, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-06-12 10:18:15.018157+00', '2026-12-05 01:30:08.674606+00', '2026-07-15 13:32:44.512117+00', NULL, 3, 2, 1, 1, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (8, 'jude.xu.7@initech.example', '+49301230007', 'demo-1-7', 'Jude', 'Xu', 'Initech SA', 'Engineer', 'Education', 10000, 'DE', '', '', '', '', false, false, '{"visits": 13, "newsletter": true, "budget_band": "50k+"}', 'new', 39, 40, 6, 85, '[{"rule": "Company size 500+", "points": 25, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Webinar attended", "points": 6, "category": "behavioral"}, {"rule": "5-19 page views", "points": 20, "category": "engagement"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}, {"rule": "Active in the last week", "points": 30, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-09-16 01:12:47.729712+00', '2026-12-05 01:30:08.674637+00', '2026-12-05 01:30:08.672127+00', NULL, NULL, 1, 3, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (9, 'dmitri.garcía.8@cyberdyne.example', '+55119120008', 'demo-1-8', 'Dmitri', 'García', 'Cyberdyne Group', 'Student', 'Healthcare', 120, 'BR', '', '', '', 'retargeting', false, false, '{"visits": 35, "newsletter": false, "budget_band": "unknown"}', 'disqualified', 9, 0, 0, 35, '[{"rule": "Job title: student", "points": -30, "category": "demographic"}, {"rule": "Company size 100-499", "points": 15, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "5-19 page views", "points": 20, "category": "engagement"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}, {"rule": "Silent for 90+ days", "points": -20, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-06-25 00:07:30.019338+00', '2026-12-05 01:30:08.674669+00', '2026-07-05 09:54:52.785232+00', NULL, NULL, 1, 3, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (10, 'yusuf.rossi.9@umbrella.example', '+14155550009', 'demo-1-9', 'Yusuf', 'Rossi', 'Umbrella Ltd', 'Head of Marketing', 'Software', 2500, 'US', '', '', '', 'retargeting', false, false, '{"visits": 38, "newsletter": true, "budget_band": "unknown"}', 'lost', 34, 62, 0, 35, '[{"rule": "Job title: head of", "points": 12, "category": "demographic"}, {"rule": "Company size 500+", "points": 25, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Target industry", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Pricing page viewed", "points": 1, "category": "behavioral"}, {"rule": "Unsubscribed", "points": -30, "category": "behavioral"}, {"rule": "Behaviour floored at 0", "points": 29, "category": "behavioral"}, {"rule": "5-19 page views", "points": 20, "category": "engagement"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}, {"rule": "Silent for 90+ days", "points": -20, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-07-06 07:30:05.544963+00', '2026-12-05 01:30:08.674705+00', '2026-07-31 02:02:43.194146+00', NULL, 3, 1, 1, 1, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (11, 'chloé.silva.10@tyrell.example', '+14155550010', 'demo-1-10', 'Chloé', 'Silva', 'Tyrell GmbH', 'Engineer', 'Finance', 5, 'US', '', '', '', 'q3-webinar-series', false, false, '{"visits": 11, "newsletter": true, "budget_band": "10k-50k"}', 'nurture', 19, 25, 1, 35, '[{"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Target industry", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Content downloaded", "points": 1, "category": "behavioral"}, {"rule": "5-19 page views", "points": 20, "category": "engagement"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}, {"rule": "Silent for 90+ days", "points": -20, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-08-11 09:50:50.63861+00', '2026-12-05 01:30:08.674738+00', '2026-08-20 13:53:28.732381+00', NULL, NULL, 7, 2, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (12, 'farah.xu.11@oscorp.example', '+33141230011', 'demo-1-11', 'Farah', 'Xu', 'Oscorp Ltd', 'Student', 'Finance', 12, 'FR', '', '', '', 'spring-launch', false, false, '{"visits": 40, "newsletter": true, "budget_band": "unknown"}', 'nurture', 11, 0, 6, 35, '[{"rule": "Job title: student", "points": -30, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Target industry", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Fit floored at 0", "points": 5, "category": "demographic"}, {"rule": "Demo requested", "points": 6, "category": "behavioral"}, {"rule": "5-19 page views", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-09-12 19:29:54.061897+00', '2026-12-05 01:30:08.674779+00', '2026-09-22 20:25:55.776812+00', NULL, NULL, 5, 2, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (13, 'vik.lópez.12@hooli.example', '+44207940012', 'demo-1-12', 'Vik', 'López', 'Hooli GmbH', 'VP Sales', 'Finance', 12, 'GB', '', '', '', 'q3-webinar-series', false, false, '{"visits": 16, "newsletter": true, "budget_band": "unknown"}', 'nurture', 25, 40, 0, 35, '[{"rule": "Job title: VP", "points": 15, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Target industry", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Quote requested", "points": 2, "category": "behavioral"}, {"rule": "Content downloaded", "points": 1, "category": "behavioral"}, {"rule": "Unsubscribed", "points": -30, "category": "behavioral"}, {"rule": "Behaviour floored at 0", "points": 27, "category": "behavioral"}, {"rule": "5-19 page views", "points": 20, "category": "engagement"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}, {"rule": "Silent for 90+ days", "points": -20, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-07-20 20:11:35.032199+00', '2026-12-05 01:30:08.674809+00', '2026-07-30 07:56:57.844574+00', NULL, NULL, 2, 1, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (14, 'chloé.ito.13@tyrell.example', '+34911230013', 'demo-1-13', 'Chloé', 'Ito', 'Tyrell Labs', 'Marketing Director', 'Manufacturing', 40, 'ES', '', '', '', 'spring-launch', false, false, '{"visits": 39, "newsletter": false, "budget_band": "50k+"}', 'disqualified', 30, 38, 4, 55, '[{"rule": "Job title: director", "points": 15, "category": "demographic"}, {"rule": "Company size 20-99", "points": 8, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Form submitted", "points": 4, "category": "behavioral"}, {"rule": "5-19 page views", "points": 20, "category": "engagement"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-09-29 15:20:56.34486+00', '2026-12-05 01:30:08.67484+00', '2026-10-01 07:02:31.091153+00', NULL, NULL, 1, 2, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (15, 'eva.garcía.14@initech.example', '+31201230014', 'demo-1-14', 'Eva', 'García', 'Initech BV', 'Head of Marketing', 'Software', 10000, 'NL', '', '', '', 'partner-week', false, false, '{"visits": 27, "newsletter": true, "budget_band": "<10k"}', 'sal', 48, 62, 20, 65, '[{"rule": "Job title: head of", "points": 12, "category": "demographic"}, {"rule": "Company size 500+", "points": 25, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Target industry", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Content downloaded", "points": 18, "category": "behavioral"}, {"rule": "E-mail click", "points": 2, "category": "behavioral"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}, {"rule": "Active in the last week", "points": 30, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-11-17 08:41:22.643748+00', '2026-12-05 01:30:08.674873+00', '2026-11-26 05:13:48.518001+00', NULL, 3, 2, 2, 1, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (16, 'ben.weber.15@vandelay.example', '+55119120015', 'demo-1-15', 'Ben', 'Weber', 'Vandelay BV', 'CEO', 'Manufacturing', 120, 'BR', '', '', '', 'partner-week', false, false, '{"visits": 15, "newsletter": false, "budget_band": "10k-50k"}', 'new', 27, 50, 8, 15, '[{"rule": "Job title: CEO", "points": 20, "category": "demographic"}, {"rule": "Company size 100-499", "points": 15, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Quote requested", "points": 2, "category": "behavioral"}, {"rule": "Content downloaded", "points": 4, "category": "behavioral"}, {"rule": "Form submitted", "points": 2, "category": "behavioral"}, {"rule": "Active in the last month", "points": 15, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-07-23 03:48:19.613608+00', '2026-12-05 01:30:08.674903+00', '2026-12-05 01:30:08.672497+00', NULL, NULL, 1, 3, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (17, 'kenji.petrov.16@soylent.example', '+34911230016', 'demo-1-16', 'Kenji', 'Petrov', 'Soylent SA', 'Operations Manager', 'Finance', 10000, 'ES', '', '', '', '', false, false, '{"visits": 10, "newsletter": true, "budget_band": "50k+"}', 'won', 41, 56, 14, 55, '[{"rule": "Job title: manager", "points": 6, "category": "demographic"}, {"rule": "Company size 500+", "points": 25, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Target industry", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Demo requested", "points": 7, "category": "behavioral"}, {"rule": "Pricing page viewed", "points": 2, "category": "behavioral"}, {"rule": "Content downloaded", "points": 3, "category": "behavioral"}, {"rule": "Chat started", "points": 2, "category": "behavioral"}, {"rule": "5-19 page views", "points": 20, "category": "engagement"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-09-15 23:51:34.825837+00', '2026-12-05 01:30:08.674936+00', '2026-10-06 03:31:04.773908+00', NULL, 4, 2, 3, 1, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (18, 'nia.garcía.17@cyberdyne.example', '+33141230017', 'demo-1-17', 'Nia', 'García', 'Cyberdyne Group', 'Head of Marketing', 'Healthcare', 12, 'FR', '', '', '', 'partner-week', false, false, '{"visits": 21, "newsletter": true, "budget_band": "unknown"}', 'nurture', 29, 27, 13, 55, '[{"rule": "Job title: head of", "points": 12, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Pricing page viewed", "points": 10, "category": "behavioral"}, {"rule": "Form submitted", "points": 3, "category": "behavioral"}, {"rule": "5-19 page views", "points": 20, "category": "engagement"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-10-14 12:31:31.635801+00', '2026-12-05 01:30:08.674968+00', '2026-10-23 02:34:49.684396+00', NULL, NULL, 4, 2, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (19, 'eva.tanaka.18@aperture.example', '+14155550018', 'demo-1-18', 'Eva', 'Tanaka', 'Aperture SA', 'Operations Manager', 'Finance', 40, 'US', '', '', '', 'partner-week', false, false, '{"visits": 11, "newsletter": false, "budget_band": "50k+"}', 'won', 30, 39, 16, 35, '[{"rule": "Job title: manager", "points": 6, "category": "demographic"}, {"rule": "Company size 20-99", "points": 8, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Target industry", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Quote requested", "points": 6, "category": "behavioral"}, {"rule": "Pricing page viewed", "points": 3, "category": "behavioral"}, {"rule": "Content downloaded", "points": 5, "category": "behavioral"}, {"rule": "Form submitted", "points": 2, "category": "behavioral"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-09-11 04:45:00.879956+00', '2026-12-05 01:30:08.675+00', '2026-10-02 17:32:52.841486+00', NULL, 3, 2, 2, 1, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (20, 'priya.nakamura.19@oscorp.example', '+55119120019', 'demo-1-19', 'Priya', 'Nakamura', 'Oscorp Ltd', 'Operations Manager', 'Education', 350, 'BR', '', '', '', 'spring-launch', false, false, '{"visits": 37, "newsletter": false, "budget_band": "50k+"}', 'disqualified', 23, 36, 0, 35, '[{"rule": "Job title: manager", "points": 6, "category": "demographic"}, {"rule": "Company size 100-499", "points": 15, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "Active in the last month", "points": 15, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-07-13 06:39:40.861564+00', '2026-12-05 01:30:08.675029+00', '2026-07-14 19:02:07.984428+00', NULL, NULL, 6, 1, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (21, 'nia.quispe.20@soylent.example', '+49301230020', 'demo-1-20', 'Nia', 'Quispe', 'Soylent Inc', 'VP Sales', 'Finance', 120, 'DE', '', '', '', 'retargeting', false, false, '{"visits": 29, "newsletter": false, "budget_band": "10k-50k"}', 'disqualified', 36, 55, 2, 55, '[{"rule": "Job title: VP", "points": 15, "category": "demographic"}, {"rule": "Company size 100-499", "points": 15, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Target industry", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Pricing page viewed", "points": 2, "category": "behavioral"}, {"rule": "5-19 page views", "points": 20, "category": "engagement"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-08-25 12:01:44.409602+00', '2026-12-05 01:30:08.675061+00', '2026-09-04 14:21:31.639622+00', NULL, NULL, 1, 2, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (22, 'lena.quispe.21@acme.example', '+55119120021', 'demo-1-21', 'Lena', 'Quispe', 'Acme Group', 'Student', 'Education', 350, 'BR', '', '', '', 'retargeting', false, false, '{"visits": 17, "newsletter": true, "budget_band": "unknown"}', 'lost', 10, 0, 4, 35, '[{"rule": "Job title: student", "points": -30, "category": "demographic"}, {"rule": "Company size 100-499", "points": 15, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Demo requested", "points": 3, "category": "behavioral"}, {"rule": "Form submitted", "points": 1, "category": "behavioral"}, {"rule": "5-19 page views", "points": 20, "category": "engagement"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}, {"rule": "Silent for 90+ days", "points": -20, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-08-18 18:08:27.777671+00', '2026-12-05 01:30:08.675093+00', '2026-09-21 19:25:36.785429+00', NULL, 3, 2, 3, 1, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (23, 'farah.okafor.22@tyrell.example', '+55119120022', 'demo-1-22', 'Farah', 'Okafor', 'Tyrell Ltd', 'Sales Director', 'Healthcare', 350, 'BR', '', '', '', 'partner-week', false, false, '{"visits": 17, "newsletter": true, "budget_band": "50k+"}', 'disqualified', 19, 45, 2, 0, '[{"rule": "Job title: director", "points": 15, "category": "demographic"}, {"rule": "Company size 100-499", "points": 15, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Chat started", "points": 2, "category": "behavioral"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-09-21 11:53:56.537663+00', '2026-12-05 01:30:08.675124+00', '2026-10-10 12:58:34.92545+00', NULL, NULL, 1, 3, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (24, 'wen.haddad.23@hooli.example', '+31201230023', 'demo-1-23', 'Wen', 'Haddad', 'Hooli BV', 'Operations Manager', 'Software', 350, 'NL', '', '', '', 'partner-week', false, false, '{"visits": 10, "newsletter": false, "budget_band": "50k+"}', 'new', 47, 46, 22, 85, '[{"rule": "Job title: manager", "points": 6, "category": "demographic"}, {"rule": "Company size 100-499", "points": 15, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Target industry", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Content downloaded", "points": 7, "category": "behavioral"}, {"rule": "Form submitted", "points": 13, "category": "behavioral"}, {"rule": "E-mail click", "points": 2, "category": "behavioral"}, {"rule": "5-19 page views", "points": 20, "category": "engagement"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}, {"rule": "Active in the last week", "points": 30, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-11-08 00:32:25.9021+00', '2026-12-05 01:30:08.675154+00', '2026-12-05 01:30:08.672854+00', NULL, NULL, 4, 3, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (25, 'omar.quispe.24@initech.example', '+34911230024', 'demo-1-24', 'Omar', 'Quispe', 'Initech GmbH', 'CEO', 'Manufacturing', 350, 'ES', '', '', '', 'spring-launch', false, false, '{"visits": 3, "newsletter": false, "budget_band": "<10k"}', 'new', 29, 50, 0, 35, '[{"rule": "Job title: CEO", "points": 20, "category": "demographic"}, {"rule": "Company size 100-499", "points": 15, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Unsubscribed", "points": -30, "category": "behavioral"}, {"rule": "Behaviour floored at 0", "points": 30, "category": "behavioral"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-08-01 09:02:23.375928+00', '2026-12-05 01:30:08.675183+00', '2026-12-05 01:30:08.672886+00', NULL, NULL, 2, 2, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (26, 'zoë.tanaka.25@acme.example', '+34911230025', 'demo-1-25', 'Zoë', 'Tanaka', 'Acme Labs', 'Operations Manager', 'Finance', 10000, 'ES', '', '', '', 'q3-webinar-series', false, false, '{"visits": 10, "newsletter": true, "budget_band": "<10k"}', 'nurture', 26, 56, 0, 15, '[{"rule": "Job title: manager", "points": 6, "category": "demographic"}, {"rule": "Company size 500+", "points": 25, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Target industry", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Webinar attended", "points": 4, "category": "behavioral"}, {"rule": "Unsubscribed", "points": -30, "category": "behavioral"}, {"rule": "Behaviour floored at 0", "points": 26, "category": "behavioral"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-10-12 02:44:17.737523+00', '2026-12-05 01:30:08.675214+00', '2026-10-17 11:11:35.419332+00', NULL, NULL, 1, 2, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (27, 'ana.müller.26@initech.example', '+14155550026', 'demo-1-26', 'Ana', 'Müller', 'Initech Group', 'VP Sales', 'Software', 5, 'US', '', '', '', 'retargeting', false, false, '{"visits": 28, "newsletter": false, "budget_band": "<10k"}', 'new', 29, 40, 0, 50, '[{"rule": "Job title: VP", "points": 15, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Target industry", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "Active in the last week", "points": 30, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-07-22 06:12:31.351326+00', '2026-12-05 01:30:08.675245+00', '2026-12-05 01:30:08.673023+00', NULL, NULL, 3, 1, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (28, 'gus.almeida.27@wayne.example', '+34911230027', 'demo-1-27', 'Gus', 'Almeida', 'Wayne Group', 'CEO', 'Finance', 5, 'ES', '', '', '', '', false, false, '{"visits": 5, "newsletter": false, "budget_band": "50k+"}', 'sal', 44, 45, 23, 70, '[{"rule": "Job title: CEO", "points": 20, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Target industry", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Webinar attended", "points": 8, "category": "behavioral"}, {"rule": "Form submitted", "points": 10, "category": "behavioral"}, {"rule": "Chat started", "points": 5, "category": "behavioral"}, {"rule": "5-19 page views", "points": 20, "category": "engagement"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}, {"rule": "Active in the last month", "points": 15, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-11-01 17:15:31.625113+00', '2026-12-05 01:30:08.675277+00', '2026-11-09 18:32:51.572743+00', NULL, 3, 1, 1, 1, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (29, 'ximena.tanaka.28@wonka.example', '+49301230028', 'demo-1-28', 'Ximena', 'Tanaka', 'Wonka Labs', 'Marketing Director', 'Healthcare', 40, 'DE', '', '', '', '', false, false, '{"visits": 17, "newsletter": true, "budget_band": "50k+"}', 'won', 24, 38, 1, 35, '[{"rule": "Job title: director", "points": 15, "category": "demographic"}, {"rule": "Company size 20-99", "points": 8, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Demo requested", "points": 1, "category": "behavioral"}, {"rule": "5-19 page views", "points": 20, "category": "engagement"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}, {"rule": "Silent for 90+ days", "points": -20, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-06-23 13:48:19.199821+00', '2026-12-05 01:30:08.675309+00', '2026-07-11 23:15:31.839335+00', NULL, 3, 1, 1, 1, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (30, 'chloé.jensen.29@acme.example', '+14155550029', 'demo-1-29', 'Chloé', 'Jensen', 'Acme Labs', 'Student', 'Retail', 2500, 'US', '', '', '', 'partner-week', false, false, '{"visits": 36, "newsletter": false, "budget_band": "<10k"}', 'nurture', 8, 20, 0, 0, '[{"rule": "Job title: student", "points": -30, "category": "demographic"}, {"rule": "Company size 500+", "points": 25, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Target industry", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Silent for 90+ days", "points": -20, "category": "engagement"}, {"rule": "Engagement floored at 0", "points": 20, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-08-02 00:05:12.606833+00', '2026-12-05 01:30:08.675342+00', '2026-08-05 18:10:45.838211+00', NULL, NULL, 5, 1, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (31, 'jude.xu.30@initech.example', '+33141230030', 'demo-1-30', 'Jude', 'Xu', 'Initech GmbH', 'Analyst', 'Manufacturing', 800, 'FR', '', '', '', '', false, false, '{"visits": 34, "newsletter": false, "budget_band": "<10k"}', 'disqualified', 38, 40, 1, 85, '[{"rule": "Company size 500+", "points": 25, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Form submitted", "points": 1, "category": "behavioral"}, {"rule": "5-19 page views", "points": 20, "category": "engagement"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}, {"rule": "Active in the last week", "points": 30, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-06-23 17:21:22.436569+00', '2026-12-05 01:30:08.675371+00', '2026-06-25 08:50:37.937401+00', NULL, NULL, 3, 2, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (32, 'eva.kowalski.31@aperture.example', '+31201230031', 'demo-1-31', 'Eva', 'Kowalski', 'Aperture Group', 'Analyst', 'Finance', 2500, 'NL', '', '', '', 'q3-webinar-series', false, false, '{"visits": 32, "newsletter": true, "budget_band": "50k+"}', 'new', 36, 50, 10, 50, '[{"rule": "Company size 500+", "points": 25, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Target industry", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Pricing page viewed", "points": 5, "category": "behavioral"}, {"rule": "Content downloaded", "points": 5, "category": "behavioral"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "Active in the last week", "points": 30, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-06-18 12:43:11.77752+00', '2026-12-05 01:30:08.675403+00', '2026-12-05 01:30:08.673318+00', NULL, NULL, 2, 1, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (33, 'zoë.haddad.32@wonka.example', '+49301230032', 'demo-1-32', 'Zoë', 'Haddad', 'Wonka BV', 'Analyst', 'Software', 40, 'DE', '', '', '', 'q3-webinar-series', false, false, '{"visits": 12, "newsletter": false, "budget_band": "unknown"}', 'new', 34, 33, 0, 85, '[{"rule": "Company size 20-99", "points": 8, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Target industry", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "5-19 page views", "points": 20, "category": "engagement"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}, {"rule": "Active in the last week", "points": 30, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-10-29 00:54:18.103184+00', '2026-12-05 01:30:08.675434+00', '2026-12-05 01:30:08.673357+00', NULL, NULL, 8, 3, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (34, 'ximena.tanaka.33@acme.example', '+55119120033', 'demo-1-33', 'Ximena', 'Tanaka', 'Acme Labs', 'Marketing Director', 'Software', 12, 'BR', '', '', '', 'q3-webinar-series', false, false, '{"visits": 28, "newsletter": false, "budget_band": "<10k"}', 'new', 37, 40, 0, 85, '[{"rule": "Job title: director", "points": 15, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Target industry", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "5-19 page views", "points": 20, "category": "engagement"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}, {"rule": "Active in the last week", "points": 30, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-10-14 01:37:31.195276+00', '2026-12-05 01:30:08.675464+00', '2026-12-05 01:30:08.673396+00', NULL, NULL, 4, 3, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (35, 'sven.lópez.34@aperture.example', '+34911230034', 'demo-1-34', 'Sven', 'López', 'Aperture Labs', 'Office Manager', 'Software', 2500, 'ES', '', '', '', 'spring-launch', false, false, '{"visits": 17, "newsletter": false, "budget_band": "unknown"}', 'new', 40, 56, 0, 70, '[{"rule": "Job title: manager", "points": 6, "category": "demographic"}, {"rule": "Company size 500+", "points": 25, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Target industry", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "5-19 page views", "points": 20, "category": "engagement"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}, {"rule": "Active in the last month", "points": 15, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-07-16 00:40:31.648344+00', '2026-12-05 01:30:08.675494+00', '2026-12-05 01:30:08.673431+00', NULL, NULL, 5, 2, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (36, 'gus.almeida.35@wonka.example', '+55119120035', 'demo-1-35', 'Gus', 'Almeida', 'Wonka BV', 'Student', 'Education', 120, 'BR', '', '', '', '', false, false, '{"visits": 20, "newsletter": true, "budget_band": "50k+"}', 'new', 5, 0, 4, 15, '[{"rule": "Job title: student", "points": -30, "category": "demographic"}, {"rule": "Company size 100-499", "points": 15, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Form submitted", "points": 4, "category": "behavioral"}, {"rule": "Active in the last month", "points": 15, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-06-19 21:46:17.988863+00', '2026-12-05 01:30:08.675524+00', '2026-12-05 01:30:08.673468+00', NULL, NULL, 6, 1, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (37, 'yusuf.rossi.36@soylent.example', '+49301230036', 'demo-1-36', 'Yusuf', 'Rossi', 'Soylent BV', 'VP Sales', 'Education', 5, 'DE', '', '', '', 'spring-launch', false, false, '{"visits": 6, "newsletter": false, "budget_band": "<10k"}', 'nurture', 21, 30, 12, 20, '[{"rule": "Job title: VP", "points": 15, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Demo requested", "points": 6, "category": "behavioral"}, {"rule": "Pricing page viewed", "points": 5, "category": "behavioral"}, {"rule": "Form submitted", "points": 1, "category": "behavioral"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-09-12 15:37:59.572757+00', '2026-12-05 01:30:08.675554+00', '2026-09-26 13:44:52.61875+00', NULL, NULL, 3, 3, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (38, 'marco.ito.37@wayne.example', '+34911230037', 'demo-1-37', 'Marco', 'Ito', 'Wayne Inc', 'Analyst', 'Education', 2500, 'ES', '', '', '', 'retargeting', false, false, '{"visits": 32, "newsletter": false, "budget_band": "10k-50k"}', 'nurture', 30, 40, 2, 55, '[{"rule": "Company size 500+", "points": 25, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Form submitted", "points": 2, "category": "behavioral"}, {"rule": "5-19 page views", "points": 20, "category": "engagement"}, {"rule": "3+ visits", "points": 20, "category": "engagement"}, {"rule": "10+ minutes on site", "points": 15, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-09-01 14:50:39.209248+00', '2026-12-05 01:30:08.675586+00', '2026-09-13 15:05:47.761297+00', NULL, NULL, 5, 2, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (39, 'wen.petrov.38@stark.example', '+14155550038', 'demo-1-38', 'Wen', 'Petrov', 'Stark Group', 'Student', 'Retail', 12, 'US', '', '', '', 'partner-week', false, false, '{"visits": 4, "newsletter": false, "budget_band": "10k-50k"}', 'disqualified', 0, 0, 0, 0, '[{"rule": "Job title: student", "points": -30, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Target industry", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Fit floored at 0", "points": 5, "category": "demographic"}, {"rule": "Form submitted", "points": 4, "category": "behavioral"}, {"rule": "Unsubscribed", "points": -30, "category": "behavioral"}, {"rule": "Behaviour floored at 0", "points": 26, "category": "behavioral"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-07-13 12:25:04.35742+00', '2026-12-05 01:30:08.675616+00', '2026-07-13 21:34:50.401102+00', NULL, NULL, 1, 1, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (40, 'rosa.nakamura.39@vandelay.example', '+14155550038', 'demo-1-39', 'Rosa', 'Nakamura', 'Vandelay Ltd', 'Marketing Director', 'Healthcare', 10000, 'ES', '', '', '', 'q3-webinar-series', false, false, '{"visits": 13, "newsletter": true, "budget_band": "10k-50k"}', 'nurture', 22, 55, 0, 0, '[{"rule": "Job title: director", "points": 15, "category": "demographic"}, {"rule": "Company size 500+", "points": 25, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-08-21 08:56:25.713786+00', '2026-12-05 01:30:08.675647+00', '2026-09-03 14:24:29.204178+00', NULL, NULL, 3, 1, NULL, NULL, NULL, 60, NULL, NULL);
INSERT INTO public.leads_lead VALUES (6, 'ana.yilmaz.5@gringotts.example', '+49301230005', 'demo-1-5', 'Ana', 'Yilmaz', 'Gringotts Inc', 'Operations Manager', 'Software', 5, 'DE', '', '', '', 'spring-launch', false, false, '{"visits": 33, "newsletter": true, "budget_band": "10k-50k"}', 'disqualified', 12, 31, 0, 0, '[{"rule": "Job title: manager", "points": 6, "category": "demographic"}, {"rule": "Core market", "points": 10, "category": "demographic"}, {"rule": "Target industry", "points": 10, "category": "demographic"}, {"rule": "Has a phone number", "points": 5, "category": "demographic"}, {"rule": "Silent for 90+ days", "points": -20, "category": "engagement"}, {"rule": "Engagement floored at 0", "points": 20, "category": "engagement"}]', 'Default v1', '2026-12-05 01:30:08.805501+00', '2026-09-27 17:08:07.812881+00', '2026-12-05 01:30:08.674572+00', '2026-10-05 18:14:25.365966+00', NULL, NULL, 1, 2, NULL, NULL, NULL, 60, NULL, NULL);


--
-- Data for Name: handoff_assignment; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.handoff_assignment VALUES (1, 'mql', false, '2026-11-26 00:20:00.890916+00', '2026-11-26 15:00:00+00', '2026-11-26 05:13:48.518001+00', NULL, NULL, NULL, NULL, 15, 3, 1, 2, false);
INSERT INTO public.handoff_assignment VALUES (2, 'mql', false, '2026-11-08 16:58:19.490607+00', '2026-11-09 15:00:00+00', '2026-11-09 18:32:51.572743+00', NULL, NULL, NULL, NULL, 28, 3, 1, 2, false);


--
-- Data for Name: handoff_notification; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.handoff_notification VALUES (1, 'rejected', 'Sales rejected Eva Silva: Wrong phone or e-mail.', '2026-11-03 04:49:09.927714+00', NULL, 1, 1, NULL);
INSERT INTO public.handoff_notification VALUES (2, 'rejected', 'Sales rejected Nia García: Not a decision maker.', '2026-10-23 02:34:49.684396+00', NULL, 18, 1, NULL);
INSERT INTO public.handoff_notification VALUES (3, 'rejected', 'Sales rejected Zoë Tanaka: Interested later.', '2026-10-17 11:11:35.419332+00', NULL, 26, 1, NULL);


--
-- Data for Name: handoff_profile; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.handoff_profile VALUES (1, 80, true, true, 2, '');
INSERT INTO public.handoff_profile VALUES (2, 60, true, true, 3, '');
INSERT INTO public.handoff_profile VALUES (3, 60, true, true, 4, '');


--
-- Data for Name: handoff_reportcount; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.handoff_reportcount VALUES (1, 'current:disqualified', '2026-06-23 17:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (2, 'current:disqualified', '2026-06-25 00:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (3, 'current:disqualified', '2026-07-13 06:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (4, 'current:disqualified', '2026-07-13 12:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (5, 'current:disqualified', '2026-08-24 16:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (6, 'current:disqualified', '2026-08-25 12:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (7, 'current:disqualified', '2026-09-21 11:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (8, 'current:disqualified', '2026-09-27 17:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (9, 'current:disqualified', '2026-09-29 15:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (10, 'current:disqualified', '2026-10-22 11:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (11, 'current:disqualified', '2026-10-27 03:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (12, 'current:lost', '2026-06-12 10:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (13, 'current:lost', '2026-07-06 07:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (14, 'current:lost', '2026-08-18 18:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (15, 'current:lost', '2026-09-13 19:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (16, 'current:new', '2026-06-18 12:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (17, 'current:new', '2026-06-19 21:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (18, 'current:new', '2026-07-16 00:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (19, 'current:new', '2026-07-22 06:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (20, 'current:new', '2026-07-23 03:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (21, 'current:new', '2026-08-01 09:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (22, 'current:new', '2026-09-16 01:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (23, 'current:new', '2026-10-14 01:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (24, 'current:new', '2026-10-29 00:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (25, 'current:new', '2026-11-08 00:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (26, 'current:nurture', '2026-07-20 20:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (27, 'current:nurture', '2026-08-02 00:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (28, 'current:nurture', '2026-08-11 09:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (29, 'current:nurture', '2026-08-21 08:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (30, 'current:nurture', '2026-09-01 14:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (31, 'current:nurture', '2026-09-12 15:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (32, 'current:nurture', '2026-09-12 19:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (33, 'current:nurture', '2026-10-12 02:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (34, 'current:nurture', '2026-10-14 12:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (35, 'current:sal', '2026-11-01 17:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (36, 'current:sal', '2026-11-17 08:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (37, 'current:won', '2026-06-12 06:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (38, 'current:won', '2026-06-23 13:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (39, 'current:won', '2026-09-11 04:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (40, 'current:won', '2026-09-15 23:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (41, 'leads', '2026-06-12 06:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (42, 'leads', '2026-06-12 10:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (43, 'leads', '2026-06-18 12:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (44, 'leads', '2026-06-19 21:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (45, 'leads', '2026-06-23 13:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (46, 'leads', '2026-06-23 17:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (47, 'leads', '2026-06-25 00:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (48, 'leads', '2026-07-06 07:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (49, 'leads', '2026-07-13 06:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (50, 'leads', '2026-07-13 12:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (51, 'leads', '2026-07-16 00:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (52, 'leads', '2026-07-20 20:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (53, 'leads', '2026-07-22 06:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (54, 'leads', '2026-07-23 03:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (55, 'leads', '2026-08-01 09:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (56, 'leads', '2026-08-02 00:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (57, 'leads', '2026-08-11 09:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (58, 'leads', '2026-08-18 18:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (59, 'leads', '2026-08-21 08:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (60, 'leads', '2026-08-24 16:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (61, 'leads', '2026-08-25 12:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (62, 'leads', '2026-09-01 14:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (63, 'leads', '2026-09-11 04:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (64, 'leads', '2026-09-12 15:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (65, 'leads', '2026-09-12 19:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (66, 'leads', '2026-09-13 19:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (67, 'leads', '2026-09-15 23:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (68, 'leads', '2026-09-16 01:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (69, 'leads', '2026-09-21 11:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (70, 'leads', '2026-09-27 17:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (71, 'leads', '2026-09-29 15:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (72, 'leads', '2026-10-12 02:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (73, 'leads', '2026-10-14 01:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (74, 'leads', '2026-10-14 12:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (75, 'leads', '2026-10-22 11:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (76, 'leads', '2026-10-27 03:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (77, 'leads', '2026-10-29 00:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (78, 'leads', '2026-11-01 17:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (79, 'leads', '2026-11-08 00:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (80, 'leads', '2026-11-17 08:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (81, 'both:mql>tql', '2026-10-22 11:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (82, 'flow:mql', '2026-10-30 20:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (83, 'flow:rejected', '2026-11-03 04:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (84, 'flow:tql', '2026-11-01 00:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (85, 'reached:mql', '2026-10-22 11:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (86, 'reached:tql', '2026-10-22 11:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (87, 'rejected:6', '2026-10-22 11:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (88, 'flow:mql', '2026-09-03 05:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (89, 'flow:rejected', '2026-09-03 20:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (90, 'reached:mql', '2026-08-24 16:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (91, 'rejected:7', '2026-08-24 16:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (92, 'both:mql>sal', '2026-06-12 06:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (93, 'both:mql>won', '2026-06-12 06:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (94, 'both:sal>sql', '2026-06-12 06:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (95, 'both:sql>won', '2026-06-12 06:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (96, 'flow:accepted', '2026-06-21 08:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (97, 'flow:mql', '2026-06-21 02:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (98, 'flow:sql', '2026-06-23 18:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (99, 'flow:won', '2026-07-19 10:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (100, 'reached:mql', '2026-06-12 06:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (101, 'reached:sal', '2026-06-12 06:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (102, 'reached:sql', '2026-06-12 06:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (103, 'reached:won', '2026-06-12 06:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (104, 'both:mql>sal', '2026-09-13 19:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (105, 'both:sal>sql', '2026-09-13 19:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (106, 'flow:accepted', '2026-09-16 13:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (107, 'flow:lost', '2026-10-15 05:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (108, 'flow:mql', '2026-09-16 12:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (109, 'flow:sql', '2026-09-28 05:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (110, 'reached:mql', '2026-09-13 19:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (111, 'reached:sal', '2026-09-13 19:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (112, 'reached:sql', '2026-09-13 19:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (113, 'rejected:16', '2026-10-27 03:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (114, 'flow:mql', '2026-10-04 07:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (115, 'flow:rejected', '2026-10-05 18:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (116, 'reached:mql', '2026-09-27 17:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (117, 'rejected:3', '2026-09-27 17:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (118, 'both:mql>sal', '2026-06-12 10:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (119, 'both:sal>sql', '2026-06-12 10:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (120, 'flow:accepted', '2026-06-23 08:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (121, 'flow:lost', '2026-07-15 13:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (122, 'flow:mql', '2026-06-22 04:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (123, 'flow:sql', '2026-06-24 17:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (124, 'reached:mql', '2026-06-12 10:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (125, 'reached:sal', '2026-06-12 10:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (126, 'reached:sql', '2026-06-12 10:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (127, 'both:mql>tql', '2026-06-25 00:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (128, 'flow:mql', '2026-07-04 00:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (129, 'flow:rejected', '2026-07-05 09:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (130, 'flow:tql', '2026-07-04 08:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (131, 'reached:mql', '2026-06-25 00:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (132, 'reached:tql', '2026-06-25 00:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (133, 'rejected:8', '2026-06-25 00:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (134, 'both:mql>sal', '2026-07-06 07:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (135, 'both:mql>tql', '2026-07-06 07:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (136, 'both:sal>sql', '2026-07-06 07:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (137, 'both:tql>sal', '2026-07-06 07:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (138, 'flow:accepted', '2026-07-12 01:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (139, 'flow:lost', '2026-07-31 02:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (140, 'flow:mql', '2026-07-09 17:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (141, 'flow:sql', '2026-07-19 10:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (142, 'flow:tql', '2026-07-10 02:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (143, 'reached:mql', '2026-07-06 07:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (144, 'reached:sal', '2026-07-06 07:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (145, 'reached:sql', '2026-07-06 07:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (146, 'reached:tql', '2026-07-06 07:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (147, 'flow:mql', '2026-08-19 06:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (148, 'flow:rejected', '2026-08-20 13:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (149, 'reached:mql', '2026-08-11 09:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (150, 'rejected:1', '2026-08-11 09:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (151, 'both:mql>sal', '2026-09-12 19:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (152, 'both:mql>tql', '2026-09-12 19:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (153, 'both:tql>sal', '2026-09-12 19:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (154, 'flow:accepted', '2026-09-19 00:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (155, 'flow:mql', '2026-09-16 00:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (156, 'flow:tql', '2026-09-17 04:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (157, 'reached:mql', '2026-09-12 19:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (158, 'reached:sal', '2026-09-12 19:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (159, 'reached:tql', '2026-09-12 19:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (160, 'rejected:14', '2026-09-12 19:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (161, 'both:mql>sal', '2026-07-20 20:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (162, 'both:mql>tql', '2026-07-20 20:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (163, 'both:tql>sal', '2026-07-20 20:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (164, 'flow:accepted', '2026-07-27 02:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (165, 'flow:mql', '2026-07-26 14:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (166, 'flow:tql', '2026-07-26 23:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (167, 'reached:mql', '2026-07-20 20:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (168, 'reached:sal', '2026-07-20 20:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (169, 'reached:tql', '2026-07-20 20:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (170, 'rejected:13', '2026-07-20 20:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (171, 'flow:mql', '2026-09-30 16:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (172, 'flow:rejected', '2026-10-01 07:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (173, 'reached:mql', '2026-09-29 15:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (174, 'rejected:7', '2026-09-29 15:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (175, 'both:mql>sal', '2026-11-17 08:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (176, 'both:mql>tql', '2026-11-17 08:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (177, 'both:tql>sal', '2026-11-17 08:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (178, 'flow:accepted', '2026-11-26 05:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (179, 'flow:mql', '2026-11-24 01:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (180, 'flow:tql', '2026-11-24 04:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (181, 'reached:mql', '2026-11-17 08:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (182, 'reached:sal', '2026-11-17 08:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (183, 'reached:tql', '2026-11-17 08:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (184, 'both:mql>sal', '2026-09-15 23:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (185, 'both:mql>tql', '2026-09-15 23:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (186, 'both:mql>won', '2026-09-15 23:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (187, 'both:sal>sql', '2026-09-15 23:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (188, 'both:sql>won', '2026-09-15 23:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (189, 'both:tql>sal', '2026-09-15 23:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (190, 'flow:accepted', '2026-09-23 19:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (191, 'flow:mql', '2026-09-22 11:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (192, 'flow:sql', '2026-09-28 16:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (193, 'flow:tql', '2026-09-23 05:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (194, 'flow:won', '2026-10-06 03:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (195, 'reached:mql', '2026-09-15 23:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (196, 'reached:sal', '2026-09-15 23:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (197, 'reached:sql', '2026-09-15 23:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (198, 'reached:tql', '2026-09-15 23:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (199, 'reached:won', '2026-09-15 23:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (200, 'both:mql>tql', '2026-10-14 12:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (201, 'flow:mql', '2026-10-19 18:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (202, 'flow:rejected', '2026-10-23 02:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (203, 'flow:tql', '2026-10-20 04:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (204, 'reached:mql', '2026-10-14 12:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (205, 'reached:tql', '2026-10-14 12:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (206, 'rejected:2', '2026-10-14 12:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (207, 'both:mql>sal', '2026-09-11 04:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (208, 'both:mql>won', '2026-09-11 04:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (209, 'both:sal>sql', '2026-09-11 04:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (210, 'both:sql>won', '2026-09-11 04:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (211, 'flow:accepted', '2026-09-20 21:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (212, 'flow:mql', '2026-09-20 19:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (213, 'flow:sql', '2026-09-25 01:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (214, 'flow:won', '2026-10-02 17:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (215, 'reached:mql', '2026-09-11 04:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (216, 'reached:sal', '2026-09-11 04:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (217, 'reached:sql', '2026-09-11 04:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (218, 'reached:won', '2026-09-11 04:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (219, 'rejected:19', '2026-07-13 06:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (220, 'both:mql>tql', '2026-08-25 12:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (221, 'flow:mql', '2026-08-31 05:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (222, 'flow:rejected', '2026-09-04 14:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (223, 'flow:tql', '2026-09-01 14:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (224, 'reached:mql', '2026-08-25 12:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (225, 'reached:tql', '2026-08-25 12:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (226, 'rejected:7', '2026-08-25 12:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (227, 'both:mql>sal', '2026-08-18 18:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (228, 'both:mql>tql', '2026-08-18 18:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (229, 'both:sal>sql', '2026-08-18 18:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (230, 'both:tql>sal', '2026-08-18 18:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (231, 'flow:accepted', '2026-08-28 08:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (232, 'flow:lost', '2026-09-21 19:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (233, 'flow:mql', '2026-08-25 01:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (234, 'flow:sql', '2026-09-09 08:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (235, 'flow:tql', '2026-08-26 00:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (236, 'reached:mql', '2026-08-18 18:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (237, 'reached:sal', '2026-08-18 18:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (238, 'reached:sql', '2026-08-18 18:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (239, 'reached:tql', '2026-08-18 18:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (240, 'flow:mql', '2026-09-30 23:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (241, 'flow:mql', '2026-10-09 23:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (242, 'flow:rejected', '2026-10-01 15:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (243, 'flow:rejected', '2026-10-10 12:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (244, 'reached:mql', '2026-09-21 11:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (245, 'rejected:10', '2026-09-21 11:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (246, 'rejected:7', '2026-09-21 11:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (247, 'both:mql>tql', '2026-10-12 02:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (248, 'flow:mql', '2026-10-13 02:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (249, 'flow:mql', '2026-10-17 05:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (250, 'flow:rejected', '2026-10-14 15:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (251, 'flow:rejected', '2026-10-17 11:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (252, 'flow:tql', '2026-10-13 20:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (253, 'reached:mql', '2026-10-12 02:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (254, 'reached:tql', '2026-10-12 02:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (255, 'rejected:5', '2026-10-12 02:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (256, 'rejected:9', '2026-10-12 02:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (257, 'both:mql>sal', '2026-11-01 17:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (258, 'both:mql>tql', '2026-11-01 17:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (259, 'both:tql>sal', '2026-11-01 17:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (260, 'flow:accepted', '2026-11-09 18:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (261, 'flow:mql', '2026-11-08 03:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (262, 'flow:tql', '2026-11-08 06:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (263, 'reached:mql', '2026-11-01 17:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (264, 'reached:sal', '2026-11-01 17:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (265, 'reached:tql', '2026-11-01 17:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (266, 'both:mql>sal', '2026-06-23 13:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (267, 'both:mql>won', '2026-06-23 13:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (268, 'both:sal>sql', '2026-06-23 13:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (269, 'both:sql>won', '2026-06-23 13:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (270, 'flow:accepted', '2026-06-25 11:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (271, 'flow:mql', '2026-06-24 12:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (272, 'flow:sql', '2026-06-26 23:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (273, 'flow:won', '2026-07-11 23:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (274, 'reached:mql', '2026-06-23 13:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (275, 'reached:sal', '2026-06-23 13:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (276, 'reached:sql', '2026-06-23 13:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (277, 'reached:won', '2026-06-23 13:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (278, 'flow:mql', '2026-08-02 23:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (279, 'flow:rejected', '2026-08-05 18:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (280, 'reached:mql', '2026-08-02 00:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (281, 'rejected:9', '2026-08-02 00:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (282, 'rejected:17', '2026-06-23 17:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (283, 'both:mql>sal', '2026-09-12 15:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (284, 'both:mql>tql', '2026-09-12 15:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (285, 'both:tql>sal', '2026-09-12 15:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (286, 'flow:accepted', '2026-09-18 22:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (287, 'flow:mql', '2026-09-17 02:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (288, 'flow:tql', '2026-09-18 06:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (289, 'reached:mql', '2026-09-12 15:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (290, 'reached:sal', '2026-09-12 15:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (291, 'reached:tql', '2026-09-12 15:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (292, 'rejected:14', '2026-09-12 15:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (293, 'both:mql>sal', '2026-09-01 14:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (294, 'flow:accepted', '2026-09-04 01:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (295, 'flow:mql', '2026-09-03 03:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (296, 'reached:mql', '2026-09-01 14:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (297, 'reached:sal', '2026-09-01 14:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (298, 'rejected:13', '2026-09-01 14:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (299, 'rejected:17', '2026-07-13 12:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (300, 'both:mql>sal', '2026-08-21 08:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (301, 'both:mql>tql', '2026-08-21 08:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (302, 'both:tql>sal', '2026-08-21 08:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (303, 'flow:accepted', '2026-08-30 22:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (304, 'flow:mql', '2026-08-28 10:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (305, 'flow:tql', '2026-08-28 18:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (306, 'reached:mql', '2026-08-21 08:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (307, 'reached:sal', '2026-08-21 08:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (308, 'reached:tql', '2026-08-21 08:00:00+00', 1);
INSERT INTO public.handoff_reportcount VALUES (309, 'rejected:14', '2026-08-21 08:00:00+00', 1);


--
-- Data for Name: handoff_roundrobincursor; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: handoff_routingrule_product_lines; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.handoff_routingrule_product_lines VALUES (1, 1, 3);


--
-- Data for Name: handoff_routingrule_sources; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: handoff_teamschedule; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.handoff_teamschedule VALUES (1, 'Europe/Berlin', '08:00:00', '18:00:00', '1,2,3,4,5', 1);


--
-- Data for Name: handoff_webhooksubscription; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: handoff_webhookdelivery; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: handoff_webhookattempt; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: leads_accountdomain; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: leads_accountmatchreview; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: leads_accountmatchreview_candidates; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: leads_accountmerge; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: leads_activitytype; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.leads_activitytype VALUES (1, 'page_view', 'Page view', 'engagement', true);
INSERT INTO public.leads_activitytype VALUES (2, 'pricing_page_view', 'Pricing page view', 'behavioral', true);
INSERT INTO public.leads_activitytype VALUES (3, 'content_download', 'Content download', 'behavioral', true);
INSERT INTO public.leads_activitytype VALUES (4, 'webinar_registered', 'Registered for a webinar', 'behavioral', true);
INSERT INTO public.leads_activitytype VALUES (5, 'webinar_attended', 'Attended a webinar', 'behavioral', true);
INSERT INTO public.leads_activitytype VALUES (6, 'email_open', 'E-mail opened', 'engagement', true);
INSERT INTO public.leads_activitytype VALUES (7, 'email_click', 'E-mail link clicked', 'engagement', true);
INSERT INTO public.leads_activitytype VALUES (8, 'form_submit', 'Form submitted', 'behavioral', true);
INSERT INTO public.leads_activitytype VALUES (9, 'demo_request', 'Demo requested', 'behavioral', true);
INSERT INTO public.leads_activitytype VALUES (10, 'quote_request', 'Quote requested', 'behavioral', true);
INSERT INTO public.leads_activitytype VALUES (11, 'test_drive_request', 'Test drive requested', 'behavioral', true);
INSERT INTO public.leads_activitytype VALUES (12, 'chat_started', 'Chat started', 'behavioral', true);
INSERT INTO public.leads_activitytype VALUES (13, 'call', 'Call', 'engagement', true);
INSERT INTO public.leads_activitytype VALUES (14, 'unsubscribe', 'Unsubscribed', 'engagement', true);
INSERT INTO public.leads_activitytype VALUES (15, 'email', 'E-mail', 'engagement', true);
INSERT INTO public.leads_activitytype VALUES (16, 'meeting', 'Meeting', 'engagement', true);
INSERT INTO public.leads_activitytype VALUES (17, 'note', 'Note', 'engagement', true);


--
-- Data for Name: leads_activity; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.leads_activity VALUES (1, '2026-10-30 07:11:23.408583+00', '{"path": "/customers", "seconds": 294}', '', 'import', '2026-10-30 07:11:23.408583+00', 1, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (2, '2026-10-29 03:08:03.897284+00', '{"path": "/docs", "seconds": 47}', '', 'import', '2026-10-29 03:08:03.897284+00', 1, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (3, '2026-11-23 03:46:37.441353+00', '{"path": "/customers", "seconds": 146}', '', 'import', '2026-11-23 03:46:37.441353+00', 1, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (4, '2026-11-26 22:31:27.94252+00', '{"path": "/product", "seconds": 120}', '', 'import', '2026-11-26 22:31:27.94252+00', 1, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (5, '2026-10-26 14:41:26.852156+00', '{"path": "/product", "seconds": 238}', '', 'import', '2026-10-26 14:41:26.852156+00', 1, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (6, '2026-10-29 17:04:16.666029+00', '{"path": "/pricing", "seconds": 258}', '', 'import', '2026-10-29 17:04:16.666029+00', 1, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (7, '2026-10-26 09:49:38.857852+00', '{"path": "/pricing", "seconds": 362}', '', 'import', '2026-10-26 09:49:38.857852+00', 1, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (8, '2026-10-22 23:58:49.720857+00', '{}', '', 'import', '2026-10-22 23:58:49.720857+00', 1, 14, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (9, '2026-09-08 09:41:36.327128+00', '{"path": "/product", "seconds": 69}', '', 'import', '2026-09-08 09:41:36.327128+00', 2, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (10, '2026-09-03 02:55:43.147121+00', '{"path": "/docs", "seconds": 18}', '', 'import', '2026-09-03 02:55:43.147121+00', 2, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (11, '2026-09-02 02:52:03.762917+00', '{"path": "/blog/lead-scoring", "seconds": 283}', '', 'import', '2026-09-02 02:52:03.762917+00', 2, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (12, '2026-09-01 12:46:43.984098+00', '{"path": "/", "seconds": 189}', '', 'import', '2026-09-01 12:46:43.984098+00', 2, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (13, '2026-09-06 10:25:31.527828+00', '{"path": "/customers", "seconds": 395}', '', 'import', '2026-09-06 10:25:31.527828+00', 2, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (14, '2026-08-26 00:20:23.004589+00', '{"path": "/docs", "seconds": 244}', '', 'import', '2026-08-26 00:20:23.004589+00', 2, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (15, '2026-08-25 05:33:10.881125+00', '{"path": "/pricing", "seconds": 201}', '', 'import', '2026-08-25 05:33:10.881125+00', 2, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (16, '2026-08-30 14:22:57.081282+00', '{"path": "/customers", "seconds": 384}', '', 'import', '2026-08-30 14:22:57.081282+00', 2, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (17, '2026-08-24 23:53:06.203581+00', '{}', '', 'import', '2026-08-24 23:53:06.203581+00', 2, 9, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (18, '2026-08-31 19:01:41.723502+00', '{}', '', 'import', '2026-08-31 19:01:41.723502+00', 2, 10, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (19, '2026-06-18 10:54:27.307204+00', '{"path": "/docs", "seconds": 385}', '', 'import', '2026-06-18 10:54:27.307204+00', 3, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (20, '2026-06-13 06:08:32.559861+00', '{"path": "/blog/lead-scoring", "seconds": 285}', '', 'import', '2026-06-13 06:08:32.559861+00', 3, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (21, '2026-07-16 21:59:17.258884+00', '{"path": "/pricing", "seconds": 70}', '', 'import', '2026-07-16 21:59:17.258884+00', 3, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (22, '2026-06-18 10:21:55.877475+00', '{"path": "/customers", "seconds": 317}', '', 'import', '2026-06-18 10:21:55.877475+00', 3, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (23, '2026-06-15 22:14:49.050581+00', '{"path": "/blog/lead-scoring", "seconds": 330}', '', 'import', '2026-06-15 22:14:49.050581+00', 3, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (24, '2026-06-14 14:46:03.322423+00', '{"path": "/", "seconds": 352}', '', 'import', '2026-06-14 14:46:03.322423+00', 3, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (25, '2026-06-12 18:36:35.963053+00', '{"path": "/", "seconds": 184}', '', 'import', '2026-06-12 18:36:35.963053+00', 3, 2, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (26, '2026-06-12 13:46:50.750189+00', '{}', '', 'import', '2026-06-12 13:46:50.750189+00', 3, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (27, '2026-06-12 10:38:42.347967+00', '{}', '', 'import', '2026-06-12 10:38:42.347967+00', 3, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (28, '2026-07-05 22:25:04.32445+00', '{}', '', 'import', '2026-07-05 22:25:04.32445+00', 3, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (29, '2026-06-18 11:28:16.835876+00', '{}', '', 'import', '2026-06-18 11:28:16.835876+00', 3, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (30, '2026-07-09 10:11:50.603283+00', '{}', '', 'import', '2026-07-09 10:11:50.603283+00', 3, 8, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (31, '2026-09-15 01:29:50.595891+00', '{"path": "/docs", "seconds": 65}', '', 'import', '2026-09-15 01:29:50.595891+00', 4, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (32, '2026-09-15 17:38:05.467358+00', '{"path": "/blog/lead-scoring", "seconds": 25}', '', 'import', '2026-09-15 17:38:05.467358+00', 4, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (33, '2026-09-14 07:29:46.004827+00', '{"path": "/docs", "seconds": 365}', '', 'import', '2026-09-14 07:29:46.004827+00', 4, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (34, '2026-09-14 13:44:05.121829+00', '{"path": "/docs", "seconds": 288}', '', 'import', '2026-09-14 13:44:05.121829+00', 4, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (35, '2026-09-15 12:54:30.703112+00', '{"path": "/product", "seconds": 80}', '', 'import', '2026-09-15 12:54:30.703112+00', 4, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (36, '2026-09-15 14:57:54.482469+00', '{"path": "/docs", "seconds": 347}', '', 'import', '2026-09-15 14:57:54.482469+00', 4, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (37, '2026-09-14 07:11:11.899834+00', '{"path": "/pricing", "seconds": 319}', '', 'import', '2026-09-14 07:11:11.899834+00', 4, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (38, '2026-09-16 06:06:33.004814+00', '{"path": "/", "seconds": 20}', '', 'import', '2026-09-16 06:06:33.004814+00', 4, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (39, '2026-09-14 05:11:36.768729+00', '{"path": "/", "seconds": 315}', '', 'import', '2026-09-14 05:11:36.768729+00', 4, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (40, '2026-12-01 22:33:39.829745+00', '{"path": "/", "seconds": 190}', '', 'import', '2026-12-01 22:33:39.829745+00', 5, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (41, '2026-11-13 00:30:49.162712+00', '{"path": "/", "seconds": 283}', '', 'import', '2026-11-13 00:30:49.162712+00', 5, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (42, '2026-11-22 11:04:37.760145+00', '{"path": "/blog/lead-scoring", "seconds": 184}', '', 'import', '2026-11-22 11:04:37.760145+00', 5, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (43, '2026-11-04 17:53:49.447545+00', '{"path": "/blog/lead-scoring", "seconds": 205}', '', 'import', '2026-11-04 17:53:49.447545+00', 5, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (44, '2026-10-27 03:36:29.041678+00', '{"path": "/blog/lead-scoring", "seconds": 158}', '', 'import', '2026-10-27 03:36:29.041678+00', 5, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (45, '2026-12-02 09:18:34.188377+00', '{"path": "/customers", "seconds": 156}', '', 'import', '2026-12-02 09:18:34.188377+00', 5, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (46, '2026-10-31 19:12:36.99498+00', '{"path": "/blog/lead-scoring", "seconds": 6}', '', 'import', '2026-10-31 19:12:36.99498+00', 5, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (47, '2026-11-23 22:09:08.54236+00', '{}', '', 'import', '2026-11-23 22:09:08.54236+00', 5, 4, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (48, '2026-12-01 04:19:45.432674+00', '{}', '', 'import', '2026-12-01 04:19:45.432674+00', 5, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (49, '2026-11-07 01:19:21.282989+00', '{}', '', 'import', '2026-11-07 01:19:21.282989+00', 5, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (50, '2026-10-31 21:22:56.025744+00', '{}', '', 'import', '2026-10-31 21:22:56.025744+00', 5, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (51, '2026-11-16 00:23:05.7707+00', '{}', '', 'import', '2026-11-16 00:23:05.7707+00', 5, 14, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (52, '2026-07-11 17:14:54.217651+00', '{"path": "/product", "seconds": 158}', '', 'import', '2026-07-11 17:14:54.217651+00', 7, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (53, '2026-06-13 08:00:33.595181+00', '{"path": "/docs", "seconds": 181}', '', 'import', '2026-06-13 08:00:33.595181+00', 7, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (54, '2026-06-17 21:21:18.776501+00', '{"path": "/", "seconds": 340}', '', 'import', '2026-06-17 21:21:18.776501+00', 7, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (55, '2026-06-21 06:50:45.360008+00', '{"path": "/docs", "seconds": 302}', '', 'import', '2026-06-21 06:50:45.360008+00', 7, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (56, '2026-06-15 18:21:46.303042+00', '{"path": "/docs", "seconds": 113}', '', 'import', '2026-06-15 18:21:46.303042+00', 7, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (57, '2026-06-21 21:34:04.180348+00', '{"path": "/docs", "seconds": 94}', '', 'import', '2026-06-21 21:34:04.180348+00', 7, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (58, '2026-06-16 23:23:50.622243+00', '{"path": "/blog/lead-scoring", "seconds": 106}', '', 'import', '2026-06-16 23:23:50.622243+00', 7, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (59, '2026-06-14 19:21:08.188022+00', '{"path": "/docs", "seconds": 302}', '', 'import', '2026-06-14 19:21:08.188022+00', 7, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (60, '2026-06-16 02:56:14.775444+00', '{"path": "/product", "seconds": 343}', '', 'import', '2026-06-16 02:56:14.775444+00', 7, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (61, '2026-06-12 14:22:46.055238+00', '{"path": "/", "seconds": 245}', '', 'import', '2026-06-12 14:22:46.055238+00', 7, 2, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (62, '2026-06-12 13:11:09.654866+00', '{}', '', 'import', '2026-06-12 13:11:09.654866+00', 7, 4, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (63, '2026-07-01 18:41:08.463185+00', '{}', '', 'import', '2026-07-01 18:41:08.463185+00', 7, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (64, '2026-06-13 12:31:11.009791+00', '{}', '', 'import', '2026-06-13 12:31:11.009791+00', 7, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (65, '2026-06-13 03:48:47.533128+00', '{}', '', 'import', '2026-06-13 03:48:47.533128+00', 7, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (66, '2026-07-05 05:47:36.157735+00', '{}', '', 'import', '2026-07-05 05:47:36.157735+00', 7, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (67, '2026-06-26 11:00:39.538193+00', '{}', '', 'import', '2026-06-26 11:00:39.538193+00', 7, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (68, '2026-10-17 20:24:20.469369+00', '{"path": "/blog/lead-scoring", "seconds": 258}', '', 'import', '2026-10-17 20:24:20.469369+00', 8, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (69, '2026-11-29 02:44:52.192131+00', '{"path": "/docs", "seconds": 225}', '', 'import', '2026-11-29 02:44:52.192131+00', 8, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (70, '2026-10-16 07:09:19.423905+00', '{"path": "/pricing", "seconds": 252}', '', 'import', '2026-10-16 07:09:19.423905+00', 8, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (71, '2026-11-08 22:27:58.569224+00', '{"path": "/docs", "seconds": 344}', '', 'import', '2026-11-08 22:27:58.569224+00', 8, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (72, '2026-10-26 04:26:14.345309+00', '{"path": "/pricing", "seconds": 208}', '', 'import', '2026-10-26 04:26:14.345309+00', 8, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (73, '2026-09-23 07:21:07.919083+00', '{"path": "/blog/lead-scoring", "seconds": 25}', '', 'import', '2026-09-23 07:21:07.919083+00', 8, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (74, '2026-09-28 03:52:16.572085+00', '{"path": "/docs", "seconds": 209}', '', 'import', '2026-09-28 03:52:16.572085+00', 8, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (75, '2026-10-23 13:16:14.081672+00', '{}', '', 'import', '2026-10-23 13:16:14.081672+00', 8, 5, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (76, '2026-10-19 06:50:05.27956+00', '{}', '', 'import', '2026-10-19 06:50:05.27956+00', 8, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (77, '2026-11-13 17:10:04.733822+00', '{}', '', 'import', '2026-11-13 17:10:04.733822+00', 8, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (78, '2026-10-02 19:59:27.224122+00', '{}', '', 'import', '2026-10-02 19:59:27.224122+00', 8, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (79, '2026-10-28 04:48:23.896371+00', '{}', '', 'import', '2026-10-28 04:48:23.896371+00', 8, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (80, '2026-10-30 18:53:06.619671+00', '{}', '', 'import', '2026-10-30 18:53:06.619671+00', 8, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (81, '2026-11-07 08:03:32.013407+00', '{}', '', 'import', '2026-11-07 08:03:32.013407+00', 8, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (82, '2026-07-02 23:10:31.306105+00', '{"path": "/pricing", "seconds": 177}', '', 'import', '2026-07-02 23:10:31.306105+00', 9, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (83, '2026-07-20 07:11:38.96068+00', '{"path": "/", "seconds": 81}', '', 'import', '2026-07-20 07:11:38.96068+00', 9, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (84, '2026-07-25 12:34:29.880033+00', '{"path": "/product", "seconds": 218}', '', 'import', '2026-07-25 12:34:29.880033+00', 9, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (85, '2026-06-26 09:14:31.057774+00', '{"path": "/pricing", "seconds": 317}', '', 'import', '2026-06-26 09:14:31.057774+00', 9, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (86, '2026-07-04 07:31:44.07104+00', '{"path": "/", "seconds": 191}', '', 'import', '2026-07-04 07:31:44.07104+00', 9, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (87, '2026-06-28 15:05:57.233447+00', '{"path": "/docs", "seconds": 332}', '', 'import', '2026-06-28 15:05:57.233447+00', 9, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (88, '2026-07-20 06:34:28.368385+00', '{"path": "/docs", "seconds": 44}', '', 'import', '2026-07-20 06:34:28.368385+00', 9, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (89, '2026-06-26 04:44:37.141469+00', '{"path": "/pricing", "seconds": 231}', '', 'import', '2026-06-26 04:44:37.141469+00', 9, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (90, '2026-06-27 10:27:42.027409+00', '{"path": "/docs", "seconds": 148}', '', 'import', '2026-06-27 10:27:42.027409+00', 9, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (91, '2026-06-27 12:51:02.881362+00', '{}', '', 'import', '2026-06-27 12:51:02.881362+00', 9, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (92, '2026-06-27 15:37:48.918673+00', '{}', '', 'import', '2026-06-27 15:37:48.918673+00', 9, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (93, '2026-07-02 04:38:22.715669+00', '{}', '', 'import', '2026-07-02 04:38:22.715669+00', 9, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (94, '2026-06-29 21:26:30.504564+00', '{}', '', 'import', '2026-06-29 21:26:30.504564+00', 9, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (95, '2026-07-02 11:27:39.325205+00', '{}', '', 'import', '2026-07-02 11:27:39.325205+00', 9, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (96, '2026-06-25 18:45:06.040081+00', '{}', '', 'import', '2026-06-25 18:45:06.040081+00', 9, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (97, '2026-07-13 09:16:43.915296+00', '{}', '', 'import', '2026-07-13 09:16:43.915296+00', 9, 8, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (98, '2026-07-08 00:46:46.74482+00', '{"path": "/product", "seconds": 143}', '', 'import', '2026-07-08 00:46:46.74482+00', 10, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (99, '2026-07-06 20:37:17.524035+00', '{"path": "/pricing", "seconds": 369}', '', 'import', '2026-07-06 20:37:17.524035+00', 10, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (100, '2026-07-08 17:53:44.781914+00', '{"path": "/docs", "seconds": 314}', '', 'import', '2026-07-08 17:53:44.781914+00', 10, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (101, '2026-07-06 17:09:24.241156+00', '{"path": "/customers", "seconds": 222}', '', 'import', '2026-07-06 17:09:24.241156+00', 10, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (102, '2026-07-07 17:39:28.185916+00', '{"path": "/product", "seconds": 48}', '', 'import', '2026-07-07 17:39:28.185916+00', 10, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (103, '2026-07-07 04:20:07.661947+00', '{"path": "/customers", "seconds": 31}', '', 'import', '2026-07-07 04:20:07.661947+00', 10, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (104, '2026-07-09 12:53:52.823268+00', '{"path": "/docs", "seconds": 312}', '', 'import', '2026-07-09 12:53:52.823268+00', 10, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (105, '2026-07-07 04:14:31.377671+00', '{"path": "/docs", "seconds": 78}', '', 'import', '2026-07-07 04:14:31.377671+00', 10, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (106, '2026-07-08 08:17:10.393712+00', '{"path": "/docs", "seconds": 16}', '', 'import', '2026-07-08 08:17:10.393712+00', 10, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (107, '2026-07-07 13:45:46.50822+00', '{"path": "/", "seconds": 182}', '', 'import', '2026-07-07 13:45:46.50822+00', 10, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (108, '2026-07-09 04:15:08.986607+00', '{"path": "/customers", "seconds": 357}', '', 'import', '2026-07-09 04:15:08.986607+00', 10, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (109, '2026-08-04 08:05:00.326956+00', '{"path": "/customers", "seconds": 365}', '', 'import', '2026-08-04 08:05:00.326956+00', 10, 2, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (110, '2026-07-13 01:05:18.960832+00', '{"path": "/blog/lead-scoring", "seconds": 375}', '', 'import', '2026-07-13 01:05:18.960832+00', 10, 2, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (111, '2026-07-08 22:07:48.559738+00', '{"asset": "ebook"}', '', 'import', '2026-07-08 22:07:48.559738+00', 10, 3, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (112, '2026-07-07 20:11:46.815244+00', '{}', '', 'import', '2026-07-07 20:11:46.815244+00', 10, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (113, '2026-07-08 21:12:37.080286+00', '{}', '', 'import', '2026-07-08 21:12:37.080286+00', 10, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (114, '2026-07-08 20:59:28.617239+00', '{}', '', 'import', '2026-07-08 20:59:28.617239+00', 10, 7, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (115, '2026-07-08 09:30:39.315618+00', '{}', '', 'import', '2026-07-08 09:30:39.315618+00', 10, 8, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (116, '2026-07-07 23:14:28.108697+00', '{}', '', 'import', '2026-07-07 23:14:28.108697+00', 10, 14, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (117, '2026-08-14 23:52:20.946896+00', '{"path": "/customers", "seconds": 58}', '', 'import', '2026-08-14 23:52:20.946896+00', 11, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (118, '2026-08-15 12:18:18.694047+00', '{"path": "/docs", "seconds": 360}', '', 'import', '2026-08-15 12:18:18.694047+00', 11, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (119, '2026-08-17 19:14:41.633134+00', '{"path": "/", "seconds": 285}', '', 'import', '2026-08-17 19:14:41.633134+00', 11, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (120, '2026-08-27 22:57:26.50876+00', '{"path": "/", "seconds": 315}', '', 'import', '2026-08-27 22:57:26.50876+00', 11, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (121, '2026-08-19 06:35:42.966786+00', '{"path": "/product", "seconds": 115}', '', 'import', '2026-08-19 06:35:42.966786+00', 11, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (122, '2026-08-13 14:36:03.002584+00', '{"path": "/pricing", "seconds": 189}', '', 'import', '2026-08-13 14:36:03.002584+00', 11, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (123, '2026-08-17 20:06:11.849488+00', '{"path": "/blog/lead-scoring", "seconds": 148}', '', 'import', '2026-08-17 20:06:11.849488+00', 11, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (124, '2026-08-16 20:04:28.436038+00', '{"path": "/", "seconds": 367}', '', 'import', '2026-08-16 20:04:28.436038+00', 11, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (125, '2026-08-13 15:55:41.593339+00', '{"asset": "whitepaper"}', '', 'import', '2026-08-13 15:55:41.593339+00', 11, 3, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (126, '2026-09-14 06:52:33.833763+00', '{"path": "/pricing", "seconds": 375}', '', 'import', '2026-09-14 06:52:33.833763+00', 12, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (127, '2026-09-15 18:51:46.380806+00', '{"path": "/", "seconds": 347}', '', 'import', '2026-09-15 18:51:46.380806+00', 12, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (128, '2026-09-14 20:25:09.078459+00', '{"path": "/blog/lead-scoring", "seconds": 323}', '', 'import', '2026-09-14 20:25:09.078459+00', 12, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (129, '2026-09-14 16:40:48.998409+00', '{"path": "/product", "seconds": 35}', '', 'import', '2026-09-14 16:40:48.998409+00', 12, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (130, '2026-09-14 18:47:25.877251+00', '{"path": "/blog/lead-scoring", "seconds": 46}', '', 'import', '2026-09-14 18:47:25.877251+00', 12, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (131, '2026-09-15 21:22:37.523707+00', '{"path": "/blog/lead-scoring", "seconds": 14}', '', 'import', '2026-09-15 21:22:37.523707+00', 12, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (132, '2026-09-15 21:08:51.710356+00', '{"path": "/customers", "seconds": 226}', '', 'import', '2026-09-15 21:08:51.710356+00', 12, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (133, '2026-09-13 23:36:12.231327+00', '{}', '', 'import', '2026-09-13 23:36:12.231327+00', 12, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (134, '2026-09-12 21:57:30.396503+00', '{}', '', 'import', '2026-09-12 21:57:30.396503+00', 12, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (135, '2026-09-13 10:53:09.532956+00', '{}', '', 'import', '2026-09-13 10:53:09.532956+00', 12, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (136, '2026-09-15 02:15:01.248501+00', '{}', '', 'import', '2026-09-15 02:15:01.248501+00', 12, 9, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (137, '2026-07-22 06:49:01.38103+00', '{"path": "/blog/lead-scoring", "seconds": 125}', '', 'import', '2026-07-22 06:49:01.38103+00', 13, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (138, '2026-07-25 10:06:12.208742+00', '{"path": "/docs", "seconds": 67}', '', 'import', '2026-07-25 10:06:12.208742+00', 13, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (139, '2026-07-21 21:53:43.069338+00', '{"path": "/blog/lead-scoring", "seconds": 334}', '', 'import', '2026-07-21 21:53:43.069338+00', 13, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (140, '2026-07-23 18:05:43.835506+00', '{"path": "/pricing", "seconds": 281}', '', 'import', '2026-07-23 18:05:43.835506+00', 13, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (141, '2026-07-24 21:40:09.728426+00', '{"path": "/docs", "seconds": 107}', '', 'import', '2026-07-24 21:40:09.728426+00', 13, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (142, '2026-07-26 14:25:47.570939+00', '{"path": "/product", "seconds": 357}', '', 'import', '2026-07-26 14:25:47.570939+00', 13, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (143, '2026-07-22 21:15:31.041733+00', '{"asset": "ebook"}', '', 'import', '2026-07-22 21:15:31.041733+00', 13, 3, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (144, '2026-07-24 19:09:18.690844+00', '{"asset": "case-study"}', '', 'import', '2026-07-24 19:09:18.690844+00', 13, 3, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (145, '2026-07-25 10:43:24.671941+00', '{}', '', 'import', '2026-07-25 10:43:24.671941+00', 13, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (146, '2026-07-25 05:50:38.107979+00', '{}', '', 'import', '2026-07-25 05:50:38.107979+00', 13, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (147, '2026-07-25 09:37:34.191413+00', '{}', '', 'import', '2026-07-25 09:37:34.191413+00', 13, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (148, '2026-07-23 01:14:35.984494+00', '{}', '', 'import', '2026-07-23 01:14:35.984494+00', 13, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (149, '2026-07-25 15:58:20.71539+00', '{}', '', 'import', '2026-07-25 15:58:20.71539+00', 13, 10, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (150, '2026-07-22 00:35:42.542552+00', '{}', '', 'import', '2026-07-22 00:35:42.542552+00', 13, 14, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (151, '2026-09-30 04:24:17.710008+00', '{"path": "/customers", "seconds": 339}', '', 'import', '2026-09-30 04:24:17.710008+00', 14, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (152, '2026-09-30 02:15:49.603193+00', '{"path": "/product", "seconds": 222}', '', 'import', '2026-09-30 02:15:49.603193+00', 14, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (153, '2026-09-29 19:50:23.067988+00', '{"path": "/", "seconds": 80}', '', 'import', '2026-09-29 19:50:23.067988+00', 14, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (154, '2026-09-30 01:55:27.417015+00', '{"path": "/docs", "seconds": 232}', '', 'import', '2026-09-30 01:55:27.417015+00', 14, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (155, '2026-09-30 07:07:49.290899+00', '{"path": "/customers", "seconds": 216}', '', 'import', '2026-09-30 07:07:49.290899+00', 14, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (156, '2026-10-26 09:56:39.472151+00', '{"path": "/", "seconds": 59}', '', 'import', '2026-10-26 09:56:39.472151+00', 14, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (157, '2026-09-29 23:35:47.635702+00', '{"path": "/blog/lead-scoring", "seconds": 279}', '', 'import', '2026-09-29 23:35:47.635702+00', 14, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (158, '2026-09-29 21:14:02.994788+00', '{"path": "/docs", "seconds": 217}', '', 'import', '2026-09-29 21:14:02.994788+00', 14, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (159, '2026-09-30 11:50:38.780319+00', '{"path": "/pricing", "seconds": 162}', '', 'import', '2026-09-30 11:50:38.780319+00', 14, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (160, '2026-09-29 22:39:35.470851+00', '{}', '', 'import', '2026-09-29 22:39:35.470851+00', 14, 8, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (161, '2026-09-29 17:53:34.60485+00', '{}', '', 'import', '2026-09-29 17:53:34.60485+00', 14, 8, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (162, '2026-11-20 17:25:13.295444+00', '{"path": "/customers", "seconds": 173}', '', 'import', '2026-11-20 17:25:13.295444+00', 15, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (163, '2026-11-17 14:56:03.604978+00', '{"path": "/customers", "seconds": 243}', '', 'import', '2026-11-17 14:56:03.604978+00', 15, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (164, '2026-11-21 00:13:16.594343+00', '{"path": "/pricing", "seconds": 304}', '', 'import', '2026-11-21 00:13:16.594343+00', 15, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (165, '2026-12-01 22:33:22.955385+00', '{"path": "/", "seconds": 193}', '', 'import', '2026-12-01 22:33:22.955385+00', 15, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (166, '2026-11-20 10:01:12.015452+00', '{"asset": "ebook"}', '', 'import', '2026-11-20 10:01:12.015452+00', 15, 3, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (167, '2026-11-22 10:24:00.97054+00', '{"asset": "datasheet"}', '', 'import', '2026-11-22 10:24:00.97054+00', 15, 3, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (168, '2026-11-21 08:27:01.254266+00', '{"asset": "ebook"}', '', 'import', '2026-11-21 08:27:01.254266+00', 15, 3, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (169, '2026-11-23 23:59:35.474979+00', '{}', '', 'import', '2026-11-23 23:59:35.474979+00', 15, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (170, '2026-11-23 17:03:22.894732+00', '{}', '', 'import', '2026-11-23 17:03:22.894732+00', 15, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (171, '2026-11-23 12:15:21.290329+00', '{}', '', 'import', '2026-11-23 12:15:21.290329+00', 15, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (172, '2026-11-22 13:27:29.175432+00', '{}', '', 'import', '2026-11-22 13:27:29.175432+00', 15, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (173, '2026-11-22 03:59:16.845982+00', '{}', '', 'import', '2026-11-22 03:59:16.845982+00', 15, 7, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (174, '2026-11-02 18:43:28.88352+00', '{"asset": "datasheet"}', '', 'import', '2026-11-02 18:43:28.88352+00', 16, 3, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (175, '2026-10-26 12:40:53.624406+00', '{}', '', 'import', '2026-10-26 12:40:53.624406+00', 16, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (176, '2026-09-30 06:36:07.275741+00', '{}', '', 'import', '2026-09-30 06:36:07.275741+00', 16, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (177, '2026-08-03 03:17:56.712656+00', '{}', '', 'import', '2026-08-03 03:17:56.712656+00', 16, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (178, '2026-11-10 11:35:39.868363+00', '{}', '', 'import', '2026-11-10 11:35:39.868363+00', 16, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (179, '2026-09-20 09:16:50.231494+00', '{}', '', 'import', '2026-09-20 09:16:50.231494+00', 16, 8, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (180, '2026-07-23 11:16:12.85962+00', '{}', '', 'import', '2026-07-23 11:16:12.85962+00', 16, 10, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (181, '2026-09-18 14:44:19.761682+00', '{"path": "/pricing", "seconds": 124}', '', 'import', '2026-09-18 14:44:19.761682+00', 17, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (182, '2026-10-09 04:51:17.812075+00', '{"path": "/", "seconds": 124}', '', 'import', '2026-10-09 04:51:17.812075+00', 17, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (183, '2026-09-19 03:56:06.459962+00', '{"path": "/pricing", "seconds": 236}', '', 'import', '2026-09-19 03:56:06.459962+00', 17, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (184, '2026-09-17 05:12:06.136184+00', '{"path": "/docs", "seconds": 355}', '', 'import', '2026-09-17 05:12:06.136184+00', 17, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (185, '2026-09-18 12:51:45.406933+00', '{"path": "/product", "seconds": 222}', '', 'import', '2026-09-18 12:51:45.406933+00', 17, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (186, '2026-09-21 03:57:44.513951+00', '{"path": "/customers", "seconds": 309}', '', 'import', '2026-09-21 03:57:44.513951+00', 17, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (187, '2026-09-21 01:59:33.986727+00', '{"path": "/", "seconds": 39}', '', 'import', '2026-09-21 01:59:33.986727+00', 17, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (188, '2026-09-20 05:04:46.665538+00', '{"path": "/docs", "seconds": 38}', '', 'import', '2026-09-20 05:04:46.665538+00', 17, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (189, '2026-09-21 21:33:47.934002+00', '{"path": "/product", "seconds": 310}', '', 'import', '2026-09-21 21:33:47.934002+00', 17, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (190, '2026-10-17 22:53:15.923943+00', '{"path": "/customers", "seconds": 133}', '', 'import', '2026-10-17 22:53:15.923943+00', 17, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (191, '2026-09-16 01:13:43.930796+00', '{"path": "/product", "seconds": 255}', '', 'import', '2026-09-16 01:13:43.930796+00', 17, 2, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (192, '2026-09-21 11:53:39.20791+00', '{"asset": "datasheet"}', '', 'import', '2026-09-21 11:53:39.20791+00', 17, 3, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (193, '2026-09-17 07:27:37.945508+00', '{"asset": "case-study"}', '', 'import', '2026-09-17 07:27:37.945508+00', 17, 3, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (194, '2026-09-16 22:38:41.381776+00', '{}', '', 'import', '2026-09-16 22:38:41.381776+00', 17, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (195, '2026-09-18 07:18:59.427974+00', '{}', '', 'import', '2026-09-18 07:18:59.427974+00', 17, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (196, '2026-09-22 06:33:26.330858+00', '{}', '', 'import', '2026-09-22 06:33:26.330858+00', 17, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (197, '2026-09-21 02:00:17.860166+00', '{}', '', 'import', '2026-09-21 02:00:17.860166+00', 17, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (198, '2026-09-17 21:46:40.509701+00', '{}', '', 'import', '2026-09-17 21:46:40.509701+00', 17, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (199, '2026-09-21 01:08:08.296367+00', '{}', '', 'import', '2026-09-21 01:08:08.296367+00', 17, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (200, '2026-09-21 08:10:41.342308+00', '{}', '', 'import', '2026-09-21 08:10:41.342308+00', 17, 9, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (201, '2026-09-19 09:12:02.748975+00', '{}', '', 'import', '2026-09-19 09:12:02.748975+00', 17, 12, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (202, '2026-10-18 15:53:38.307509+00', '{"path": "/docs", "seconds": 85}', '', 'import', '2026-10-18 15:53:38.307509+00', 18, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (203, '2026-10-15 22:19:09.052487+00', '{"path": "/", "seconds": 36}', '', 'import', '2026-10-15 22:19:09.052487+00', 18, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (204, '2026-10-14 14:32:31.074991+00', '{"path": "/pricing", "seconds": 18}', '', 'import', '2026-10-14 14:32:31.074991+00', 18, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (205, '2026-10-19 02:29:59.863306+00', '{"path": "/product", "seconds": 395}', '', 'import', '2026-10-19 02:29:59.863306+00', 18, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (206, '2026-10-14 20:47:00.925769+00', '{"path": "/customers", "seconds": 242}', '', 'import', '2026-10-14 20:47:00.925769+00', 18, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (207, '2026-10-17 10:19:46.323729+00', '{"path": "/product", "seconds": 227}', '', 'import', '2026-10-17 10:19:46.323729+00', 18, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (208, '2026-10-15 07:13:51.560379+00', '{"path": "/product", "seconds": 95}', '', 'import', '2026-10-15 07:13:51.560379+00', 18, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (209, '2026-10-17 16:31:30.517083+00', '{"path": "/pricing", "seconds": 113}', '', 'import', '2026-10-17 16:31:30.517083+00', 18, 2, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (210, '2026-10-19 08:25:06.628839+00', '{"path": "/", "seconds": 47}', '', 'import', '2026-10-19 08:25:06.628839+00', 18, 2, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (211, '2026-10-17 15:31:31.085578+00', '{"path": "/docs", "seconds": 297}', '', 'import', '2026-10-17 15:31:31.085578+00', 18, 2, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (212, '2026-10-14 20:50:40.414218+00', '{}', '', 'import', '2026-10-14 20:50:40.414218+00', 18, 8, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (213, '2026-09-17 22:04:28.481638+00', '{"path": "/customers", "seconds": 306}', '', 'import', '2026-09-17 22:04:28.481638+00', 19, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (214, '2026-09-18 14:54:31.094591+00', '{"path": "/", "seconds": 365}', '', 'import', '2026-09-18 14:54:31.094591+00', 19, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (215, '2026-09-14 12:54:57.237857+00', '{"path": "/blog/lead-scoring", "seconds": 188}', '', 'import', '2026-09-14 12:54:57.237857+00', 19, 2, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (216, '2026-09-20 18:45:18.2631+00', '{"path": "/", "seconds": 63}', '', 'import', '2026-09-20 18:45:18.2631+00', 19, 2, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (217, '2026-09-12 20:57:02.562686+00', '{"asset": "ebook"}', '', 'import', '2026-09-12 20:57:02.562686+00', 19, 3, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (218, '2026-10-18 17:45:55.183274+00', '{"asset": "case-study"}', '', 'import', '2026-10-18 17:45:55.183274+00', 19, 3, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (219, '2026-09-22 14:02:23.81303+00', '{"asset": "case-study"}', '', 'import', '2026-09-22 14:02:23.81303+00', 19, 3, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (220, '2026-09-14 14:13:39.576302+00', '{}', '', 'import', '2026-09-14 14:13:39.576302+00', 19, 8, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (221, '2026-09-22 09:13:37.955871+00', '{}', '', 'import', '2026-09-22 09:13:37.955871+00', 19, 10, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (222, '2026-08-18 18:11:41.475292+00', '{"path": "/blog/lead-scoring", "seconds": 203}', '', 'import', '2026-08-18 18:11:41.475292+00', 20, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (223, '2026-10-31 14:00:31.735177+00', '{"path": "/pricing", "seconds": 126}', '', 'import', '2026-10-31 14:00:31.735177+00', 20, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (224, '2026-08-14 02:54:00.811139+00', '{"path": "/blog/lead-scoring", "seconds": 150}', '', 'import', '2026-08-14 02:54:00.811139+00', 20, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (225, '2026-09-10 22:11:01.608803+00', '{"path": "/", "seconds": 115}', '', 'import', '2026-09-10 22:11:01.608803+00', 20, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (226, '2026-10-05 04:38:07.285974+00', '{}', '', 'import', '2026-10-05 04:38:07.285974+00', 20, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (227, '2026-10-20 07:49:18.594524+00', '{}', '', 'import', '2026-10-20 07:49:18.594524+00', 20, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (228, '2026-11-11 15:54:24.850884+00', '{}', '', 'import', '2026-11-11 15:54:24.850884+00', 20, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (229, '2026-09-26 23:20:40.126568+00', '{}', '', 'import', '2026-09-26 23:20:40.126568+00', 20, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (230, '2026-08-28 22:45:26.33039+00', '{"path": "/customers", "seconds": 334}', '', 'import', '2026-08-28 22:45:26.33039+00', 21, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (231, '2026-08-30 07:46:13.890086+00', '{"path": "/pricing", "seconds": 175}', '', 'import', '2026-08-30 07:46:13.890086+00', 21, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (232, '2026-08-26 15:51:28.54187+00', '{"path": "/customers", "seconds": 310}', '', 'import', '2026-08-26 15:51:28.54187+00', 21, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (233, '2026-08-29 07:12:43.722762+00', '{"path": "/", "seconds": 320}', '', 'import', '2026-08-29 07:12:43.722762+00', 21, 2, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (234, '2026-08-28 16:35:03.875174+00', '{"path": "/", "seconds": 107}', '', 'import', '2026-08-28 16:35:03.875174+00', 21, 2, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (235, '2026-08-30 01:10:03.671805+00', '{}', '', 'import', '2026-08-30 01:10:03.671805+00', 21, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (236, '2026-09-16 23:02:13.439835+00', '{}', '', 'import', '2026-09-16 23:02:13.439835+00', 21, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (237, '2026-08-30 11:24:16.325393+00', '{}', '', 'import', '2026-08-30 11:24:16.325393+00', 21, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (238, '2026-08-26 22:13:33.415737+00', '{}', '', 'import', '2026-08-26 22:13:33.415737+00', 21, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (239, '2026-08-25 00:14:11.949739+00', '{"path": "/", "seconds": 102}', '', 'import', '2026-08-25 00:14:11.949739+00', 22, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (240, '2026-08-21 10:12:50.624758+00', '{"path": "/", "seconds": 222}', '', 'import', '2026-08-21 10:12:50.624758+00', 22, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (241, '2026-08-24 04:13:49.408422+00', '{"path": "/docs", "seconds": 261}', '', 'import', '2026-08-24 04:13:49.408422+00', 22, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (242, '2026-08-19 12:04:28.15636+00', '{"path": "/customers", "seconds": 290}', '', 'import', '2026-08-19 12:04:28.15636+00', 22, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (243, '2026-08-24 21:58:49.086997+00', '{"path": "/customers", "seconds": 369}', '', 'import', '2026-08-24 21:58:49.086997+00', 22, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (244, '2026-08-24 06:56:25.976438+00', '{}', '', 'import', '2026-08-24 06:56:25.976438+00', 22, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (245, '2026-08-24 15:20:17.554832+00', '{}', '', 'import', '2026-08-24 15:20:17.554832+00', 22, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (246, '2026-08-23 02:34:27.171571+00', '{}', '', 'import', '2026-08-23 02:34:27.171571+00', 22, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (247, '2026-08-23 13:31:04.524794+00', '{}', '', 'import', '2026-08-23 13:31:04.524794+00', 22, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (248, '2026-08-19 07:11:09.066367+00', '{}', '', 'import', '2026-08-19 07:11:09.066367+00', 22, 8, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (249, '2026-08-21 05:41:14.213817+00', '{}', '', 'import', '2026-08-21 05:41:14.213817+00', 22, 9, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (250, '2026-09-25 22:26:50.504895+00', '{"path": "/blog/lead-scoring", "seconds": 183}', '', 'import', '2026-09-25 22:26:50.504895+00', 23, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (251, '2026-09-23 21:47:02.075459+00', '{}', '', 'import', '2026-09-23 21:47:02.075459+00', 23, 12, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (252, '2026-11-22 01:09:37.227918+00', '{"path": "/pricing", "seconds": 43}', '', 'import', '2026-11-22 01:09:37.227918+00', 24, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (253, '2026-11-16 18:52:36.904373+00', '{"path": "/customers", "seconds": 359}', '', 'import', '2026-11-16 18:52:36.904373+00', 24, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (254, '2026-11-13 15:01:14.01408+00', '{"path": "/customers", "seconds": 391}', '', 'import', '2026-11-13 15:01:14.01408+00', 24, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (255, '2026-11-09 16:42:42.021653+00', '{"path": "/docs", "seconds": 16}', '', 'import', '2026-11-09 16:42:42.021653+00', 24, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (256, '2026-11-25 05:47:34.331022+00', '{"path": "/customers", "seconds": 39}', '', 'import', '2026-11-25 05:47:34.331022+00', 24, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (257, '2026-11-20 19:56:51.864465+00', '{"path": "/blog/lead-scoring", "seconds": 325}', '', 'import', '2026-11-20 19:56:51.864465+00', 24, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (258, '2026-11-29 23:40:58.222839+00', '{"asset": "whitepaper"}', '', 'import', '2026-11-29 23:40:58.222839+00', 24, 3, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (259, '2026-11-15 09:40:56.410407+00', '{}', '', 'import', '2026-11-15 09:40:56.410407+00', 24, 7, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (260, '2026-11-13 18:49:33.772802+00', '{}', '', 'import', '2026-11-13 18:49:33.772802+00', 24, 8, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (261, '2026-11-20 16:47:56.41278+00', '{}', '', 'import', '2026-11-20 16:47:56.41278+00', 24, 8, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (262, '2026-10-03 03:38:15.246478+00', '{"path": "/customers", "seconds": 213}', '', 'import', '2026-10-03 03:38:15.246478+00', 25, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (263, '2026-11-01 19:54:46.235754+00', '{"path": "/customers", "seconds": 286}', '', 'import', '2026-11-01 19:54:46.235754+00', 25, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (264, '2026-09-17 16:49:39.682889+00', '{"path": "/customers", "seconds": 182}', '', 'import', '2026-09-17 16:49:39.682889+00', 25, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (265, '2026-08-03 20:09:33.706402+00', '{}', '', 'import', '2026-08-03 20:09:33.706402+00', 25, 14, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (266, '2026-10-12 06:11:30.578962+00', '{"path": "/docs", "seconds": 161}', '', 'import', '2026-10-12 06:11:30.578962+00', 26, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (267, '2026-10-12 13:07:17.802435+00', '{"path": "/customers", "seconds": 372}', '', 'import', '2026-10-12 13:07:17.802435+00', 26, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (268, '2026-10-12 20:14:53.048345+00', '{"path": "/blog/lead-scoring", "seconds": 83}', '', 'import', '2026-10-12 20:14:53.048345+00', 26, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (269, '2026-10-13 09:29:22.145361+00', '{}', '', 'import', '2026-10-13 09:29:22.145361+00', 26, 5, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (270, '2026-10-12 10:07:45.764477+00', '{}', '', 'import', '2026-10-12 10:07:45.764477+00', 26, 14, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (271, '2026-09-07 03:24:15.319784+00', '{"path": "/docs", "seconds": 29}', '', 'import', '2026-09-07 03:24:15.319784+00', 27, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (272, '2026-10-04 02:56:44.477547+00', '{"path": "/docs", "seconds": 186}', '', 'import', '2026-10-04 02:56:44.477547+00', 27, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (273, '2026-11-19 10:08:33.334361+00', '{"path": "/pricing", "seconds": 144}', '', 'import', '2026-11-19 10:08:33.334361+00', 27, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (274, '2026-10-30 09:45:23.619546+00', '{}', '', 'import', '2026-10-30 09:45:23.619546+00', 27, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (275, '2026-11-28 14:06:31.300174+00', '{}', '', 'import', '2026-11-28 14:06:31.300174+00', 27, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (276, '2026-11-05 04:42:48.489343+00', '{"path": "/", "seconds": 351}', '', 'import', '2026-11-05 04:42:48.489343+00', 28, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (277, '2026-11-11 16:58:24.515022+00', '{"path": "/blog/lead-scoring", "seconds": 271}', '', 'import', '2026-11-11 16:58:24.515022+00', 28, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (278, '2026-11-07 05:46:35.72702+00', '{"path": "/docs", "seconds": 189}', '', 'import', '2026-11-07 05:46:35.72702+00', 28, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (279, '2026-11-02 00:52:55.922365+00', '{"path": "/product", "seconds": 266}', '', 'import', '2026-11-02 00:52:55.922365+00', 28, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (280, '2026-11-04 01:13:14.004119+00', '{"path": "/blog/lead-scoring", "seconds": 230}', '', 'import', '2026-11-04 01:13:14.004119+00', 28, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (281, '2026-11-07 03:28:15.041414+00', '{}', '', 'import', '2026-11-07 03:28:15.041414+00', 28, 5, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (282, '2026-11-01 19:02:58.294115+00', '{}', '', 'import', '2026-11-01 19:02:58.294115+00', 28, 8, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (283, '2026-11-09 09:42:41.659751+00', '{}', '', 'import', '2026-11-09 09:42:41.659751+00', 28, 8, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (284, '2026-11-06 00:44:54.953082+00', '{}', '', 'import', '2026-11-06 00:44:54.953082+00', 28, 12, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (285, '2026-06-24 05:35:15.477109+00', '{"path": "/blog/lead-scoring", "seconds": 379}', '', 'import', '2026-06-24 05:35:15.477109+00', 29, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (286, '2026-06-23 20:11:29.583261+00', '{"path": "/", "seconds": 41}', '', 'import', '2026-06-23 20:11:29.583261+00', 29, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (287, '2026-06-24 06:12:41.946008+00', '{"path": "/", "seconds": 120}', '', 'import', '2026-06-24 06:12:41.946008+00', 29, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (288, '2026-06-24 07:16:37.324469+00', '{"path": "/pricing", "seconds": 384}', '', 'import', '2026-06-24 07:16:37.324469+00', 29, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (289, '2026-06-23 19:00:05.905854+00', '{"path": "/blog/lead-scoring", "seconds": 110}', '', 'import', '2026-06-23 19:00:05.905854+00', 29, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (290, '2026-06-24 11:32:14.590014+00', '{"path": "/product", "seconds": 389}', '', 'import', '2026-06-24 11:32:14.590014+00', 29, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (291, '2026-07-12 09:10:11.740373+00', '{"path": "/", "seconds": 383}', '', 'import', '2026-07-12 09:10:11.740373+00', 29, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (292, '2026-06-23 19:26:35.895778+00', '{"path": "/blog/lead-scoring", "seconds": 242}', '', 'import', '2026-06-23 19:26:35.895778+00', 29, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (293, '2026-06-24 00:45:16.746565+00', '{"path": "/docs", "seconds": 75}', '', 'import', '2026-06-24 00:45:16.746565+00', 29, 2, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (294, '2026-06-24 01:29:50.473918+00', '{"asset": "ebook"}', '', 'import', '2026-06-24 01:29:50.473918+00', 29, 3, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (295, '2026-06-24 12:19:11.000818+00', '{"asset": "ebook"}', '', 'import', '2026-06-24 12:19:11.000818+00', 29, 3, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (296, '2026-06-24 06:08:12.826466+00', '{}', '', 'import', '2026-06-24 06:08:12.826466+00', 29, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (297, '2026-06-23 17:58:03.789084+00', '{}', '', 'import', '2026-06-23 17:58:03.789084+00', 29, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (298, '2026-06-23 21:40:09.141197+00', '{}', '', 'import', '2026-06-23 21:40:09.141197+00', 29, 7, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (299, '2026-06-23 18:28:23.194083+00', '{}', '', 'import', '2026-06-23 18:28:23.194083+00', 29, 7, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (300, '2026-06-24 11:04:44.795924+00', '{}', '', 'import', '2026-06-24 11:04:44.795924+00', 29, 7, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (301, '2026-06-23 19:32:13.566064+00', '{}', '', 'import', '2026-06-23 19:32:13.566064+00', 29, 9, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (302, '2026-06-23 15:09:00.63579+00', '{}', '', 'import', '2026-06-23 15:09:00.63579+00', 29, 12, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (303, '2026-08-24 10:28:59.541466+00', '{"path": "/", "seconds": 168}', '', 'import', '2026-08-24 10:28:59.541466+00', 30, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (304, '2026-08-24 09:11:42.578297+00', '{"path": "/docs", "seconds": 90}', '', 'import', '2026-08-24 09:11:42.578297+00', 30, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (305, '2026-08-30 04:51:17.20526+00', '{"path": "/blog/lead-scoring", "seconds": 236}', '', 'import', '2026-08-30 04:51:17.20526+00', 30, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (306, '2026-08-02 09:22:02.687185+00', '{}', '', 'import', '2026-08-02 09:22:02.687185+00', 30, 7, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (307, '2026-08-02 21:48:23.957174+00', '{}', '', 'import', '2026-08-02 21:48:23.957174+00', 30, 7, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (308, '2026-11-30 00:31:31.428803+00', '{"path": "/product", "seconds": 355}', '', 'import', '2026-11-30 00:31:31.428803+00', 31, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (309, '2026-10-20 03:48:08.440842+00', '{"path": "/customers", "seconds": 374}', '', 'import', '2026-10-20 03:48:08.440842+00', 31, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (310, '2026-11-26 04:42:45.707371+00', '{"path": "/customers", "seconds": 34}', '', 'import', '2026-11-26 04:42:45.707371+00', 31, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (311, '2026-09-13 00:07:21.471527+00', '{"path": "/customers", "seconds": 36}', '', 'import', '2026-09-13 00:07:21.471527+00', 31, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (312, '2026-10-01 07:57:47.216647+00', '{"path": "/product", "seconds": 356}', '', 'import', '2026-10-01 07:57:47.216647+00', 31, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (313, '2026-08-22 20:58:10.152714+00', '{}', '', 'import', '2026-08-22 20:58:10.152714+00', 31, 8, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (314, '2026-10-28 03:59:39.60888+00', '{"path": "/docs", "seconds": 291}', '', 'import', '2026-10-28 03:59:39.60888+00', 32, 2, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (315, '2026-08-29 01:45:06.148602+00', '{"path": "/pricing", "seconds": 65}', '', 'import', '2026-08-29 01:45:06.148602+00', 32, 2, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (316, '2026-06-19 21:30:17.821798+00', '{"path": "/", "seconds": 128}', '', 'import', '2026-06-19 21:30:17.821798+00', 32, 2, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (317, '2026-11-08 22:21:24.992085+00', '{"asset": "case-study"}', '', 'import', '2026-11-08 22:21:24.992085+00', 32, 3, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (318, '2026-07-09 01:28:11.535243+00', '{"asset": "case-study"}', '', 'import', '2026-07-09 01:28:11.535243+00', 32, 3, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (319, '2026-08-13 17:18:26.64721+00', '{"asset": "datasheet"}', '', 'import', '2026-08-13 17:18:26.64721+00', 32, 3, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (320, '2026-09-16 14:09:22.070862+00', '{}', '', 'import', '2026-09-16 14:09:22.070862+00', 32, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (321, '2026-08-19 00:41:58.038989+00', '{}', '', 'import', '2026-08-19 00:41:58.038989+00', 32, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (322, '2026-12-02 13:39:52.760754+00', '{}', '', 'import', '2026-12-02 13:39:52.760754+00', 32, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (323, '2026-11-19 09:37:46.072628+00', '{}', '', 'import', '2026-11-19 09:37:46.072628+00', 32, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (324, '2026-06-26 18:53:24.40209+00', '{}', '', 'import', '2026-06-26 18:53:24.40209+00', 32, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (325, '2026-11-14 09:43:01.848198+00', '{"path": "/blog/lead-scoring", "seconds": 93}', '', 'import', '2026-11-14 09:43:01.848198+00', 33, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (326, '2026-11-14 16:04:16.695431+00', '{"path": "/customers", "seconds": 341}', '', 'import', '2026-11-14 16:04:16.695431+00', 33, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (327, '2026-12-01 03:19:58.952765+00', '{"path": "/docs", "seconds": 12}', '', 'import', '2026-12-01 03:19:58.952765+00', 33, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (328, '2026-11-17 16:25:08.998575+00', '{"path": "/", "seconds": 192}', '', 'import', '2026-11-17 16:25:08.998575+00', 33, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (329, '2026-10-29 03:55:03.151486+00', '{"path": "/pricing", "seconds": 178}', '', 'import', '2026-10-29 03:55:03.151486+00', 33, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (330, '2026-11-09 00:16:41.724464+00', '{"path": "/docs", "seconds": 192}', '', 'import', '2026-11-09 00:16:41.724464+00', 33, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (331, '2026-11-18 18:12:02.647045+00', '{"path": "/", "seconds": 310}', '', 'import', '2026-11-18 18:12:02.647045+00', 33, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (332, '2026-10-30 00:14:53.710841+00', '{"path": "/docs", "seconds": 311}', '', 'import', '2026-10-30 00:14:53.710841+00', 33, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (333, '2026-11-07 02:50:31.297138+00', '{"path": "/blog/lead-scoring", "seconds": 83}', '', 'import', '2026-11-07 02:50:31.297138+00', 33, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (334, '2026-11-25 13:24:39.890694+00', '{}', '', 'import', '2026-11-25 13:24:39.890694+00', 33, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (335, '2026-11-19 01:43:06.390484+00', '{}', '', 'import', '2026-11-19 01:43:06.390484+00', 33, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (336, '2026-11-26 08:46:55.616385+00', '{}', '', 'import', '2026-11-26 08:46:55.616385+00', 33, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (337, '2026-11-21 07:51:49.899567+00', '{}', '', 'import', '2026-11-21 07:51:49.899567+00', 33, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (338, '2026-11-04 10:19:16.425854+00', '{}', '', 'import', '2026-11-04 10:19:16.425854+00', 33, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (339, '2026-10-20 10:49:12.750035+00', '{"path": "/pricing", "seconds": 144}', '', 'import', '2026-10-20 10:49:12.750035+00', 34, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (340, '2026-11-21 22:21:18.834234+00', '{"path": "/pricing", "seconds": 367}', '', 'import', '2026-11-21 22:21:18.834234+00', 34, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (341, '2026-11-23 06:37:35.86137+00', '{"path": "/customers", "seconds": 171}', '', 'import', '2026-11-23 06:37:35.86137+00', 34, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (342, '2026-11-21 11:44:14.04045+00', '{"path": "/docs", "seconds": 365}', '', 'import', '2026-11-21 11:44:14.04045+00', 34, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (343, '2026-11-06 15:28:17.921465+00', '{"path": "/product", "seconds": 129}', '', 'import', '2026-11-06 15:28:17.921465+00', 34, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (344, '2026-11-16 08:41:21.492047+00', '{"path": "/customers", "seconds": 230}', '', 'import', '2026-11-16 08:41:21.492047+00', 34, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (345, '2026-11-27 03:51:08.330429+00', '{"path": "/product", "seconds": 134}', '', 'import', '2026-11-27 03:51:08.330429+00', 34, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (346, '2026-10-31 09:44:44.645933+00', '{"path": "/customers", "seconds": 14}', '', 'import', '2026-10-31 09:44:44.645933+00', 34, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (347, '2026-11-16 22:36:08.244199+00', '{"path": "/", "seconds": 400}', '', 'import', '2026-11-16 22:36:08.244199+00', 34, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (348, '2026-11-06 23:41:42.048926+00', '{"path": "/customers", "seconds": 82}', '', 'import', '2026-11-06 23:41:42.048926+00', 34, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (349, '2026-08-31 10:42:01.813365+00', '{"path": "/docs", "seconds": 219}', '', 'import', '2026-08-31 10:42:01.813365+00', 35, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (350, '2026-11-17 17:51:47.144149+00', '{"path": "/", "seconds": 244}', '', 'import', '2026-11-17 17:51:47.144149+00', 35, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (351, '2026-09-11 08:18:58.080899+00', '{"path": "/product", "seconds": 176}', '', 'import', '2026-09-11 08:18:58.080899+00', 35, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (352, '2026-10-03 06:56:42.604353+00', '{"path": "/blog/lead-scoring", "seconds": 177}', '', 'import', '2026-10-03 06:56:42.604353+00', 35, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (353, '2026-08-16 12:34:51.087534+00', '{"path": "/docs", "seconds": 30}', '', 'import', '2026-08-16 12:34:51.087534+00', 35, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (354, '2026-07-29 20:40:10.701263+00', '{"path": "/product", "seconds": 214}', '', 'import', '2026-07-29 20:40:10.701263+00', 35, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (355, '2026-08-19 12:14:10.518257+00', '{"path": "/blog/lead-scoring", "seconds": 357}', '', 'import', '2026-08-19 12:14:10.518257+00', 36, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (356, '2026-11-11 23:44:15.554527+00', '{"path": "/customers", "seconds": 164}', '', 'import', '2026-11-11 23:44:15.554527+00', 36, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (357, '2026-11-20 18:24:49.024248+00', '{}', '', 'import', '2026-11-20 18:24:49.024248+00', 36, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (358, '2026-08-24 16:22:23.052934+00', '{}', '', 'import', '2026-08-24 16:22:23.052934+00', 36, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (359, '2026-10-06 02:15:48.557827+00', '{}', '', 'import', '2026-10-06 02:15:48.557827+00', 36, 8, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (360, '2026-09-16 01:52:37.902208+00', '{}', '', 'import', '2026-09-16 01:52:37.902208+00', 36, 8, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (361, '2026-09-13 19:56:16.601373+00', '{"path": "/pricing", "seconds": 128}', '', 'import', '2026-09-13 19:56:16.601373+00', 37, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (362, '2026-09-14 16:56:28.201779+00', '{"path": "/pricing", "seconds": 103}', '', 'import', '2026-09-14 16:56:28.201779+00', 37, 2, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (363, '2026-09-14 04:16:30.410686+00', '{"path": "/pricing", "seconds": 241}', '', 'import', '2026-09-14 04:16:30.410686+00', 37, 2, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (364, '2026-09-16 19:49:50.359109+00', '{"path": "/blog/lead-scoring", "seconds": 73}', '', 'import', '2026-09-16 19:49:50.359109+00', 37, 2, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (365, '2026-09-17 02:45:53.330419+00', '{}', '', 'import', '2026-09-17 02:45:53.330419+00', 37, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (366, '2026-09-12 19:27:44.887658+00', '{}', '', 'import', '2026-09-12 19:27:44.887658+00', 37, 8, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (367, '2026-09-15 12:23:44.297889+00', '{}', '', 'import', '2026-09-15 12:23:44.297889+00', 37, 9, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (368, '2026-09-02 11:43:44.243554+00', '{"path": "/", "seconds": 305}', '', 'import', '2026-09-02 11:43:44.243554+00', 38, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (369, '2026-09-02 15:50:48.964698+00', '{"path": "/customers", "seconds": 59}', '', 'import', '2026-09-02 15:50:48.964698+00', 38, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (370, '2026-09-02 08:53:34.122204+00', '{"path": "/product", "seconds": 374}', '', 'import', '2026-09-02 08:53:34.122204+00', 38, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (371, '2026-09-06 22:14:37.909191+00', '{"path": "/product", "seconds": 33}', '', 'import', '2026-09-06 22:14:37.909191+00', 38, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (372, '2026-09-02 18:32:26.354876+00', '{"path": "/", "seconds": 371}', '', 'import', '2026-09-02 18:32:26.354876+00', 38, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (373, '2026-09-06 02:47:02.950623+00', '{"path": "/docs", "seconds": 37}', '', 'import', '2026-09-06 02:47:02.950623+00', 38, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (374, '2026-09-02 09:34:28.19326+00', '{"path": "/docs", "seconds": 169}', '', 'import', '2026-09-02 09:34:28.19326+00', 38, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (375, '2026-09-02 17:58:22.717219+00', '{"path": "/pricing", "seconds": 77}', '', 'import', '2026-09-02 17:58:22.717219+00', 38, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (376, '2026-09-02 17:19:34.995927+00', '{"path": "/docs", "seconds": 226}', '', 'import', '2026-09-02 17:19:34.995927+00', 38, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (377, '2026-09-13 18:41:08.038625+00', '{"path": "/", "seconds": 167}', '', 'import', '2026-09-13 18:41:08.038625+00', 38, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (378, '2026-09-02 10:10:36.802163+00', '{}', '', 'import', '2026-09-02 10:10:36.802163+00', 38, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (379, '2026-09-02 01:24:02.777692+00', '{}', '', 'import', '2026-09-02 01:24:02.777692+00', 38, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (380, '2026-09-03 02:12:10.383928+00', '{}', '', 'import', '2026-09-03 02:12:10.383928+00', 38, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (381, '2026-09-18 12:27:47.642163+00', '{}', '', 'import', '2026-09-18 12:27:47.642163+00', 38, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (382, '2026-09-22 13:13:40.487467+00', '{}', '', 'import', '2026-09-22 13:13:40.487467+00', 38, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (383, '2026-09-02 20:42:46.70962+00', '{}', '', 'import', '2026-09-02 20:42:46.70962+00', 38, 8, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (384, '2026-09-05 15:09:34.072948+00', '{}', '', 'import', '2026-09-05 15:09:34.072948+00', 38, 8, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (385, '2026-09-29 21:06:08.094247+00', '{"path": "/customers", "seconds": 348}', '', 'import', '2026-09-29 21:06:08.094247+00', 39, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (386, '2026-10-15 14:19:29.312979+00', '{}', '', 'import', '2026-10-15 14:19:29.312979+00', 39, 8, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (387, '2026-08-11 03:31:26.043741+00', '{}', '', 'import', '2026-08-11 03:31:26.043741+00', 39, 8, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (388, '2026-10-04 07:05:45.599644+00', '{}', '', 'import', '2026-10-04 07:05:45.599644+00', 39, 14, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (389, '2026-09-26 15:31:48.744793+00', '{"path": "/blog/lead-scoring", "seconds": 65}', '', 'import', '2026-09-26 15:31:48.744793+00', 40, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (390, '2026-08-21 11:28:42.288917+00', '{"path": "/pricing", "seconds": 59}', '', 'import', '2026-08-21 11:28:42.288917+00', 40, 1, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (391, '2026-08-22 14:40:42.967836+00', '{}', '', 'import', '2026-08-22 14:40:42.967836+00', 40, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (392, '2026-08-22 01:32:29.087561+00', '{}', '', 'import', '2026-08-22 01:32:29.087561+00', 40, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (393, '2026-08-28 06:47:35.728024+00', '{}', '', 'import', '2026-08-28 06:47:35.728024+00', 40, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (394, '2026-08-25 02:35:55.830578+00', '{}', '', 'import', '2026-08-25 02:35:55.830578+00', 40, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (395, '2026-09-22 14:42:36.527684+00', '{}', '', 'import', '2026-09-22 14:42:36.527684+00', 40, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (396, '2026-12-04 01:30:11.690871+00', '{}', 'fixture-1-pricing_page_view', 'api', '2026-12-05 01:30:11.706805+00', 1, 2, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (397, '2026-10-26 01:30:11.690871+00', '{}', 'fixture-2-email_open', 'api', '2026-12-05 01:30:11.706805+00', 2, 6, NULL, NULL, NULL, '', '');
INSERT INTO public.leads_activity VALUES (398, '2026-08-27 01:30:11.690871+00', '{}', 'fixture-3-webinar_attended', 'api', '2026-12-05 01:30:11.706805+00', 3, 5, NULL, NULL, NULL, '', '');


--
-- Data for Name: leads_followup; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: leads_importjob; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: leads_leadchange; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: leads_leadmerge; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: leads_reason; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.leads_reason VALUES (3, 'no_need', 'No need for the product', 'not_qualified', 'reject', 'disqualified', true, 2, 0);
INSERT INTO public.leads_reason VALUES (4, 'wrong_segment', 'Wrong company size or segment', 'not_qualified', 'reject', 'disqualified', true, 3, 0);
INSERT INTO public.leads_reason VALUES (6, 'bad_contact_data', 'Wrong phone or e-mail', 'not_reachable', 'reject', 'disqualified', true, 5, 0);
INSERT INTO public.leads_reason VALUES (7, 'duplicate', 'Duplicate of another lead', 'duplicate', 'reject', 'disqualified', true, 6, 0);
INSERT INTO public.leads_reason VALUES (8, 'spam', 'Spam or fake lead', 'spam', 'reject', 'disqualified', true, 7, 0);
INSERT INTO public.leads_reason VALUES (15, 'dq_not_fit', 'Not a fit', 'not_qualified', 'disqualify', 'disqualified', true, 14, 0);
INSERT INTO public.leads_reason VALUES (16, 'dq_not_reachable', 'Never reachable', 'not_reachable', 'disqualify', 'disqualified', true, 15, 0);
INSERT INTO public.leads_reason VALUES (17, 'dq_duplicate', 'Duplicate of another lead', 'duplicate', 'disqualify', 'disqualified', true, 16, 0);
INSERT INTO public.leads_reason VALUES (18, 'dq_spam', 'Spam or fake lead', 'spam', 'disqualify', 'disqualified', true, 17, 0);
INSERT INTO public.leads_reason VALUES (19, 'dq_competitor', 'Competitor or student', 'competitor', 'disqualify', 'disqualified', true, 18, 0);
INSERT INTO public.leads_reason VALUES (20, 'appointment_requested', 'Requested an appointment', 'qualified', 'qualify', '', true, 19, 0);
INSERT INTO public.leads_reason VALUES (21, 'budget_confirmed', 'Confirmed budget', 'qualified', 'qualify', '', true, 20, 0);
INSERT INTO public.leads_reason VALUES (22, 'authority_confirmed', 'Spoke to the decision maker', 'qualified', 'qualify', '', true, 21, 0);
INSERT INTO public.leads_reason VALUES (23, 'need_verified', 'Verified need', 'qualified', 'qualify', '', true, 22, 0);
INSERT INTO public.leads_reason VALUES (24, 'timeline_confirmed', 'Confirmed buying timeline', 'qualified', 'qualify', '', true, 23, 0);
INSERT INTO public.leads_reason VALUES (25, 'contact_confirmed', 'Contact data and interest confirmed by call', 'qualified', 'qualify', '', true, 24, 0);
INSERT INTO public.leads_reason VALUES (26, 'won_signed', 'Contract signed', 'won', 'close', '', true, 25, 0);
INSERT INTO public.leads_reason VALUES (27, 'lost_price', 'Price too high', 'lost', 'close', '', true, 26, 0);
INSERT INTO public.leads_reason VALUES (28, 'lost_competitor', 'Chose a competitor', 'lost', 'close', '', true, 27, 0);
INSERT INTO public.leads_reason VALUES (29, 'lost_no_decision', 'No decision', 'lost', 'close', '', true, 28, 0);
INSERT INTO public.leads_reason VALUES (30, 'lost_features', 'Missing features', 'lost', 'close', '', true, 29, 0);
INSERT INTO public.leads_reason VALUES (1, 'no_budget', 'No budget', 'not_qualified', 'reject', 'nurture', true, 0, 90);
INSERT INTO public.leads_reason VALUES (2, 'no_authority', 'Not a decision maker', 'not_qualified', 'reject', 'nurture', true, 1, 30);
INSERT INTO public.leads_reason VALUES (5, 'no_answer', 'No answer after several attempts', 'not_reachable', 'reject', 'nurture', true, 4, 30);
INSERT INTO public.leads_reason VALUES (9, 'bad_timing', 'Interested later', 'timing', 'reject', 'nurture', true, 8, 90);
INSERT INTO public.leads_reason VALUES (10, 'competitor_customer', 'Uses a competitor, locked in', 'competitor', 'reject', 'nurture', true, 9, 180);
INSERT INTO public.leads_reason VALUES (11, 'recycle_timing', 'Not now: buying later', 'timing', 'recycle', 'nurture', true, 10, 90);
INSERT INTO public.leads_reason VALUES (12, 'recycle_went_dark', 'Went dark', 'not_reachable', 'recycle', 'nurture', true, 11, 30);
INSERT INTO public.leads_reason VALUES (13, 'recycle_no_budget', 'Budget frozen', 'not_qualified', 'recycle', 'nurture', true, 12, 90);
INSERT INTO public.leads_reason VALUES (14, 'recycle_lost_reengage', 'Lost deal to re-engage later', 'lost', 'recycle', 'nurture', true, 13, 180);


--
-- Data for Name: leads_stagechange; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.leads_stagechange VALUES (1, 'new', 'mql', 'promote', '2026-10-30 20:37:54.549174+00', 'import', '{}', '', 47, '', 1, 1, NULL, '2026-10-22 11:53:02.253761+00');
INSERT INTO public.leads_stagechange VALUES (2, 'mql', 'tql', 'qualify', '2026-11-01 00:18:41.839564+00', 'import', '{}', '', 47, '', 2, 1, NULL, '2026-10-30 20:37:54.549174+00');
INSERT INTO public.leads_stagechange VALUES (3, 'tql', 'disqualified', 'reject', '2026-11-03 04:49:09.927714+00', 'import', '{}', 'Left two voicemails.', 47, '', 2, 1, 6, '2026-11-01 00:18:41.839564+00');
INSERT INTO public.leads_stagechange VALUES (4, 'new', 'mql', 'promote', '2026-09-03 05:16:45.96197+00', 'import', '{}', '', 36, '', NULL, 2, NULL, '2026-08-24 16:41:34.832637+00');
INSERT INTO public.leads_stagechange VALUES (5, 'mql', 'disqualified', 'reject', '2026-09-03 20:17:34.340975+00', 'import', '{}', '', 36, '', 4, 2, 7, '2026-09-03 05:16:45.96197+00');
INSERT INTO public.leads_stagechange VALUES (6, 'new', 'mql', 'promote', '2026-06-21 02:46:54.407471+00', 'import', '{}', '', 55, '', 1, 3, NULL, '2026-06-12 06:48:31.773964+00');
INSERT INTO public.leads_stagechange VALUES (7, 'mql', 'sal', 'accept', '2026-06-21 08:53:00.123529+00', 'import', '{}', '', 55, '', 3, 3, NULL, '2026-06-21 02:46:54.407471+00');
INSERT INTO public.leads_stagechange VALUES (8, 'sal', 'sql', 'qualify', '2026-06-23 18:33:28.517113+00', 'import', '{}', '', 55, '', 3, 3, NULL, '2026-06-21 08:53:00.123529+00');
INSERT INTO public.leads_stagechange VALUES (9, 'sql', 'won', 'close', '2026-07-19 10:50:47.470744+00', 'import', '{}', '', 55, '', 3, 3, NULL, '2026-06-23 18:33:28.517113+00');
INSERT INTO public.leads_stagechange VALUES (10, 'new', 'mql', 'promote', '2026-09-16 12:30:00.790198+00', 'import', '{}', '', 40, '', NULL, 4, NULL, '2026-09-13 19:08:32.727807+00');
INSERT INTO public.leads_stagechange VALUES (11, 'mql', 'sal', 'accept', '2026-09-16 13:50:13.409293+00', 'import', '{}', '', 40, '', 4, 4, NULL, '2026-09-16 12:30:00.790198+00');
INSERT INTO public.leads_stagechange VALUES (12, 'sal', 'sql', 'qualify', '2026-09-28 05:49:43.185568+00', 'import', '{}', '', 40, '', 4, 4, NULL, '2026-09-16 13:50:13.409293+00');
INSERT INTO public.leads_stagechange VALUES (13, 'sql', 'lost', 'close', '2026-10-15 05:55:55.88537+00', 'import', '{}', '', 40, '', 4, 4, 28, '2026-09-28 05:49:43.185568+00');
INSERT INTO public.leads_stagechange VALUES (14, 'new', 'disqualified', 'disqualify', '2026-10-28 10:24:58.124761+00', 'import', '{}', '', 53, '', 1, 5, 16, '2026-10-27 03:11:20.672207+00');
INSERT INTO public.leads_stagechange VALUES (15, 'new', 'mql', 'promote', '2026-10-04 07:04:35.070395+00', 'import', '{}', '', 33, '', NULL, 6, NULL, '2026-09-27 17:08:07.812881+00');
INSERT INTO public.leads_stagechange VALUES (16, 'mql', 'disqualified', 'reject', '2026-10-05 18:14:25.365966+00', 'import', '{}', 'Says they are a student.', 33, '', 4, 6, 3, '2026-10-04 07:04:35.070395+00');
INSERT INTO public.leads_stagechange VALUES (17, 'new', 'mql', 'promote', '2026-06-22 04:48:05.302825+00', 'import', '{}', '', 51, '', NULL, 7, NULL, '2026-06-12 10:18:15.018157+00');
INSERT INTO public.leads_stagechange VALUES (18, 'mql', 'sal', 'accept', '2026-06-23 08:24:04.78659+00', 'import', '{}', '', 51, '', 3, 7, NULL, '2026-06-22 04:48:05.302825+00');
INSERT INTO public.leads_stagechange VALUES (19, 'sal', 'sql', 'qualify', '2026-06-24 17:58:47.33744+00', 'import', '{}', '', 51, '', 3, 7, NULL, '2026-06-23 08:24:04.78659+00');
INSERT INTO public.leads_stagechange VALUES (20, 'sql', 'lost', 'close', '2026-07-15 13:32:44.512117+00', 'import', '{}', '', 51, '', 3, 7, 29, '2026-06-24 17:58:47.33744+00');
INSERT INTO public.leads_stagechange VALUES (21, 'new', 'mql', 'promote', '2026-07-04 00:08:53.202532+00', 'import', '{}', '', 22, '', NULL, 9, NULL, '2026-06-25 00:07:30.019338+00');
INSERT INTO public.leads_stagechange VALUES (22, 'mql', 'tql', 'qualify', '2026-07-04 08:10:40.681974+00', 'import', '{}', '', 22, '', 2, 9, NULL, '2026-07-04 00:08:53.202532+00');
INSERT INTO public.leads_stagechange VALUES (23, 'tql', 'disqualified', 'reject', '2026-07-05 09:54:52.785232+00', 'import', '{}', '', 22, '', 2, 9, 8, '2026-07-04 08:10:40.681974+00');
INSERT INTO public.leads_stagechange VALUES (24, 'new', 'mql', 'promote', '2026-07-09 17:29:13.445315+00', 'import', '{}', '', 71, '', 1, 10, NULL, '2026-07-06 07:30:05.544963+00');
INSERT INTO public.leads_stagechange VALUES (25, 'mql', 'tql', 'qualify', '2026-07-10 02:43:07.323749+00', 'import', '{}', '', 71, '', 2, 10, NULL, '2026-07-09 17:29:13.445315+00');
INSERT INTO public.leads_stagechange VALUES (26, 'tql', 'sal', 'accept', '2026-07-12 01:42:41.586942+00', 'import', '{}', '', 71, '', 3, 10, NULL, '2026-07-10 02:43:07.323749+00');
INSERT INTO public.leads_stagechange VALUES (27, 'sal', 'sql', 'qualify', '2026-07-19 10:12:53.685481+00', 'import', '{}', '', 71, '', 3, 10, NULL, '2026-07-12 01:42:41.586942+00');
INSERT INTO public.leads_stagechange VALUES (28, 'sql', 'lost', 'close', '2026-07-31 02:02:43.194146+00', 'import', '{}', '', 71, '', 3, 10, 27, '2026-07-19 10:12:53.685481+00');
INSERT INTO public.leads_stagechange VALUES (29, 'new', 'mql', 'promote', '2026-08-19 06:56:38.055137+00', 'import', '{}', '', 36, '', 1, 11, NULL, '2026-08-11 09:50:50.63861+00');
INSERT INTO public.leads_stagechange VALUES (30, 'mql', 'nurture', 'reject', '2026-08-20 13:53:28.732381+00', 'import', '{}', '', 36, '', 4, 11, 1, '2026-08-19 06:56:38.055137+00');
INSERT INTO public.leads_stagechange VALUES (31, 'new', 'mql', 'promote', '2026-09-16 00:21:39.081184+00', 'import', '{}', '', 25, '', 1, 12, NULL, '2026-09-12 19:29:54.061897+00');
INSERT INTO public.leads_stagechange VALUES (32, 'mql', 'tql', 'qualify', '2026-09-17 04:54:03.435109+00', 'import', '{}', '', 25, '', 2, 12, NULL, '2026-09-16 00:21:39.081184+00');
INSERT INTO public.leads_stagechange VALUES (33, 'tql', 'sal', 'accept', '2026-09-19 00:45:48.579245+00', 'import', '{}', '', 25, '', 4, 12, NULL, '2026-09-17 04:54:03.435109+00');
INSERT INTO public.leads_stagechange VALUES (34, 'sal', 'nurture', 'recycle', '2026-09-22 20:25:55.776812+00', 'import', '{}', '', 25, '', 4, 12, 14, '2026-09-19 00:45:48.579245+00');
INSERT INTO public.leads_stagechange VALUES (35, 'new', 'mql', 'promote', '2026-07-26 14:27:51.134993+00', 'import', '{}', '', 59, '', 1, 13, NULL, '2026-07-20 20:11:35.032199+00');
INSERT INTO public.leads_stagechange VALUES (36, 'mql', 'tql', 'qualify', '2026-07-26 23:25:26.840454+00', 'import', '{}', '', 59, '', 2, 13, NULL, '2026-07-26 14:27:51.134993+00');
INSERT INTO public.leads_stagechange VALUES (37, 'tql', 'sal', 'accept', '2026-07-27 02:50:46.339308+00', 'import', '{}', '', 59, '', 3, 13, NULL, '2026-07-26 23:25:26.840454+00');
INSERT INTO public.leads_stagechange VALUES (38, 'sal', 'nurture', 'recycle', '2026-07-30 07:56:57.844574+00', 'import', '{}', '', 59, '', 3, 13, 13, '2026-07-27 02:50:46.339308+00');
INSERT INTO public.leads_stagechange VALUES (39, 'new', 'mql', 'promote', '2026-09-30 16:28:20.351701+00', 'import', '{}', '', 63, '', NULL, 14, NULL, '2026-09-29 15:20:56.34486+00');
INSERT INTO public.leads_stagechange VALUES (40, 'mql', 'disqualified', 'reject', '2026-10-01 07:02:31.091153+00', 'import', '{}', '', 63, '', 4, 14, 7, '2026-09-30 16:28:20.351701+00');
INSERT INTO public.leads_stagechange VALUES (41, 'new', 'mql', 'promote', '2026-11-24 01:17:19.471373+00', 'import', '{}', '', 60, '', NULL, 15, NULL, '2026-11-17 08:41:22.643748+00');
INSERT INTO public.leads_stagechange VALUES (42, 'mql', 'tql', 'qualify', '2026-11-24 04:32:35.659735+00', 'import', '{}', '', 60, '', 2, 15, NULL, '2026-11-24 01:17:19.471373+00');
INSERT INTO public.leads_stagechange VALUES (43, 'tql', 'sal', 'accept', '2026-11-26 05:13:48.518001+00', 'import', '{}', '', 60, '', 3, 15, NULL, '2026-11-24 04:32:35.659735+00');
INSERT INTO public.leads_stagechange VALUES (44, 'new', 'mql', 'promote', '2026-09-22 11:05:00.990356+00', 'import', '{}', '', 76, '', NULL, 17, NULL, '2026-09-15 23:51:34.825837+00');
INSERT INTO public.leads_stagechange VALUES (45, 'mql', 'tql', 'qualify', '2026-09-23 05:59:26.599031+00', 'import', '{}', '', 76, '', 2, 17, NULL, '2026-09-22 11:05:00.990356+00');
INSERT INTO public.leads_stagechange VALUES (46, 'tql', 'sal', 'accept', '2026-09-23 19:01:03.113317+00', 'import', '{}', '', 76, '', 4, 17, NULL, '2026-09-23 05:59:26.599031+00');
INSERT INTO public.leads_stagechange VALUES (47, 'sal', 'sql', 'qualify', '2026-09-28 16:28:55.869989+00', 'import', '{}', '', 76, '', 4, 17, NULL, '2026-09-23 19:01:03.113317+00');
INSERT INTO public.leads_stagechange VALUES (48, 'sql', 'won', 'close', '2026-10-06 03:31:04.773908+00', 'import', '{}', '', 76, '', 4, 17, NULL, '2026-09-28 16:28:55.869989+00');
INSERT INTO public.leads_stagechange VALUES (49, 'new', 'mql', 'promote', '2026-10-19 18:48:10.917352+00', 'import', '{}', '', 55, '', NULL, 18, NULL, '2026-10-14 12:31:31.635801+00');
INSERT INTO public.leads_stagechange VALUES (50, 'mql', 'tql', 'qualify', '2026-10-20 04:44:04.091895+00', 'import', '{}', '', 55, '', 2, 18, NULL, '2026-10-19 18:48:10.917352+00');
INSERT INTO public.leads_stagechange VALUES (51, 'tql', 'nurture', 'reject', '2026-10-23 02:34:49.684396+00', 'import', '{}', '', 55, '', 2, 18, 2, '2026-10-20 04:44:04.091895+00');
INSERT INTO public.leads_stagechange VALUES (52, 'new', 'mql', 'promote', '2026-09-20 19:08:36.350435+00', 'import', '{}', '', 45, '', NULL, 19, NULL, '2026-09-11 04:45:00.879956+00');
INSERT INTO public.leads_stagechange VALUES (53, 'mql', 'sal', 'accept', '2026-09-20 21:57:40.053291+00', 'import', '{}', '', 45, '', 3, 19, NULL, '2026-09-20 19:08:36.350435+00');
INSERT INTO public.leads_stagechange VALUES (54, 'sal', 'sql', 'qualify', '2026-09-25 01:32:23.112511+00', 'import', '{}', '', 45, '', 3, 19, NULL, '2026-09-20 21:57:40.053291+00');
INSERT INTO public.leads_stagechange VALUES (55, 'sql', 'won', 'close', '2026-10-02 17:32:52.841486+00', 'import', '{}', '', 45, '', 3, 19, NULL, '2026-09-25 01:32:23.112511+00');
INSERT INTO public.leads_stagechange VALUES (56, 'new', 'disqualified', 'disqualify', '2026-07-14 19:02:07.984428+00', 'import', '{}', '', 52, '', 1, 20, 19, '2026-07-13 06:39:40.861564+00');
INSERT INTO public.leads_stagechange VALUES (57, 'new', 'mql', 'promote', '2026-08-31 05:35:49.910521+00', 'import', '{}', '', 63, '', NULL, 21, NULL, '2026-08-25 12:01:44.409602+00');
INSERT INTO public.leads_stagechange VALUES (58, 'mql', 'tql', 'qualify', '2026-09-01 14:43:14.267588+00', 'import', '{}', '', 63, '', 2, 21, NULL, '2026-08-31 05:35:49.910521+00');
INSERT INTO public.leads_stagechange VALUES (59, 'tql', 'disqualified', 'reject', '2026-09-04 14:21:31.639622+00', 'import', '{}', '', 63, '', 2, 21, 7, '2026-09-01 14:43:14.267588+00');
INSERT INTO public.leads_stagechange VALUES (60, 'new', 'mql', 'promote', '2026-08-25 01:38:00.456287+00', 'import', '{}', '', 49, '', NULL, 22, NULL, '2026-08-18 18:08:27.777671+00');
INSERT INTO public.leads_stagechange VALUES (61, 'mql', 'tql', 'qualify', '2026-08-26 00:39:27.472229+00', 'import', '{}', '', 49, '', 2, 22, NULL, '2026-08-25 01:38:00.456287+00');
INSERT INTO public.leads_stagechange VALUES (62, 'tql', 'sal', 'accept', '2026-08-28 08:56:51.326835+00', 'import', '{}', '', 49, '', 3, 22, NULL, '2026-08-26 00:39:27.472229+00');
INSERT INTO public.leads_stagechange VALUES (63, 'sal', 'sql', 'qualify', '2026-09-09 08:58:59.619241+00', 'import', '{}', '', 49, '', 3, 22, NULL, '2026-08-28 08:56:51.326835+00');
INSERT INTO public.leads_stagechange VALUES (64, 'sql', 'lost', 'close', '2026-09-21 19:25:36.785429+00', 'import', '{}', '', 49, '', 3, 22, 27, '2026-09-09 08:58:59.619241+00');
INSERT INTO public.leads_stagechange VALUES (65, 'new', 'mql', 'promote', '2026-09-30 23:01:24.290659+00', 'import', '{}', '', 58, '', NULL, 23, NULL, '2026-09-21 11:53:56.537663+00');
INSERT INTO public.leads_stagechange VALUES (66, 'mql', 'nurture', 'reject', '2026-10-01 15:38:44.417313+00', 'import', '{}', 'Left two voicemails.', 58, '', 3, 23, 10, '2026-09-30 23:01:24.290659+00');
INSERT INTO public.leads_stagechange VALUES (67, 'nurture', 'mql', 'promote', '2026-10-09 23:10:39.416262+00', 'import', '{}', '', 58, '', 1, 23, NULL, '2026-10-01 15:38:44.417313+00');
INSERT INTO public.leads_stagechange VALUES (68, 'mql', 'disqualified', 'reject', '2026-10-10 12:58:34.92545+00', 'import', '{}', '', 58, '', 3, 23, 7, '2026-10-09 23:10:39.416262+00');
INSERT INTO public.leads_stagechange VALUES (69, 'new', 'mql', 'promote', '2026-10-13 02:29:54.360219+00', 'import', '{}', '', 63, '', NULL, 26, NULL, '2026-10-12 02:44:17.737523+00');
INSERT INTO public.leads_stagechange VALUES (70, 'mql', 'tql', 'qualify', '2026-10-13 20:49:27.243276+00', 'import', '{}', '', 63, '', 2, 26, NULL, '2026-10-13 02:29:54.360219+00');
INSERT INTO public.leads_stagechange VALUES (71, 'tql', 'nurture', 'reject', '2026-10-14 15:19:32.905833+00', 'import', '{}', '', 63, '', 2, 26, 5, '2026-10-13 20:49:27.243276+00');
INSERT INTO public.leads_stagechange VALUES (72, 'nurture', 'mql', 'promote', '2026-10-17 05:57:28.496357+00', 'import', '{}', '', 63, '', NULL, 26, NULL, '2026-10-14 15:19:32.905833+00');
INSERT INTO public.leads_stagechange VALUES (73, 'mql', 'nurture', 'reject', '2026-10-17 11:11:35.419332+00', 'import', '{}', '', 63, '', 4, 26, 9, '2026-10-17 05:57:28.496357+00');
INSERT INTO public.leads_stagechange VALUES (74, 'new', 'mql', 'promote', '2026-11-08 03:36:07.132846+00', 'import', '{}', '', 63, '', NULL, 28, NULL, '2026-11-01 17:15:31.625113+00');
INSERT INTO public.leads_stagechange VALUES (75, 'mql', 'tql', 'qualify', '2026-11-08 06:42:30.328905+00', 'import', '{}', '', 63, '', 2, 28, NULL, '2026-11-08 03:36:07.132846+00');
INSERT INTO public.leads_stagechange VALUES (76, 'tql', 'sal', 'accept', '2026-11-09 18:32:51.572743+00', 'import', '{}', '', 63, '', 3, 28, NULL, '2026-11-08 06:42:30.328905+00');
INSERT INTO public.leads_stagechange VALUES (77, 'new', 'mql', 'promote', '2026-06-24 12:36:23.238816+00', 'import', '{}', '', 68, '', 1, 29, NULL, '2026-06-23 13:48:19.199821+00');
INSERT INTO public.leads_stagechange VALUES (78, 'mql', 'sal', 'accept', '2026-06-25 11:27:05.016614+00', 'import', '{}', '', 68, '', 3, 29, NULL, '2026-06-24 12:36:23.238816+00');
INSERT INTO public.leads_stagechange VALUES (79, 'sal', 'sql', 'qualify', '2026-06-26 23:58:05.481531+00', 'import', '{}', '', 68, '', 3, 29, NULL, '2026-06-25 11:27:05.016614+00');
INSERT INTO public.leads_stagechange VALUES (80, 'sql', 'won', 'close', '2026-07-11 23:15:31.839335+00', 'import', '{}', '', 68, '', 3, 29, NULL, '2026-06-26 23:58:05.481531+00');
INSERT INTO public.leads_stagechange VALUES (81, 'new', 'mql', 'promote', '2026-08-02 23:34:00.50982+00', 'import', '{}', '', 56, '', NULL, 30, NULL, '2026-08-02 00:05:12.606833+00');
INSERT INTO public.leads_stagechange VALUES (82, 'mql', 'nurture', 'reject', '2026-08-05 18:10:45.838211+00', 'import', '{}', 'Left two voicemails.', 56, '', 3, 30, 9, '2026-08-02 23:34:00.50982+00');
INSERT INTO public.leads_stagechange VALUES (83, 'new', 'disqualified', 'disqualify', '2026-06-25 08:50:37.937401+00', 'import', '{}', '', 33, '', 1, 31, 17, '2026-06-23 17:21:22.436569+00');
INSERT INTO public.leads_stagechange VALUES (84, 'new', 'mql', 'promote', '2026-09-17 02:47:34.892056+00', 'import', '{}', '', 52, '', 1, 37, NULL, '2026-09-12 15:37:59.572757+00');
INSERT INTO public.leads_stagechange VALUES (85, 'mql', 'tql', 'qualify', '2026-09-18 06:49:51.043083+00', 'import', '{}', '', 52, '', 2, 37, NULL, '2026-09-17 02:47:34.892056+00');
INSERT INTO public.leads_stagechange VALUES (86, 'tql', 'sal', 'accept', '2026-09-18 22:44:33.819928+00', 'import', '{}', '', 52, '', 4, 37, NULL, '2026-09-18 06:49:51.043083+00');
INSERT INTO public.leads_stagechange VALUES (87, 'sal', 'nurture', 'recycle', '2026-09-26 13:44:52.61875+00', 'import', '{}', '', 52, '', 4, 37, 14, '2026-09-18 22:44:33.819928+00');
INSERT INTO public.leads_stagechange VALUES (88, 'new', 'mql', 'promote', '2026-09-03 03:16:42.38034+00', 'import', '{}', '', 51, '', 1, 38, NULL, '2026-09-01 14:50:39.209248+00');
INSERT INTO public.leads_stagechange VALUES (89, 'mql', 'sal', 'accept', '2026-09-04 01:58:35.867508+00', 'import', '{}', '', 51, '', 4, 38, NULL, '2026-09-03 03:16:42.38034+00');
INSERT INTO public.leads_stagechange VALUES (90, 'sal', 'nurture', 'recycle', '2026-09-13 15:05:47.761297+00', 'import', '{}', '', 51, '', 4, 38, 13, '2026-09-04 01:58:35.867508+00');
INSERT INTO public.leads_stagechange VALUES (91, 'new', 'disqualified', 'disqualify', '2026-07-13 21:34:50.401102+00', 'import', '{}', '', 26, '', 1, 39, 17, '2026-07-13 12:25:04.35742+00');
INSERT INTO public.leads_stagechange VALUES (92, 'new', 'mql', 'promote', '2026-08-28 10:14:07.679863+00', 'import', '{}', '', 73, '', NULL, 40, NULL, '2026-08-21 08:56:25.713786+00');
INSERT INTO public.leads_stagechange VALUES (93, 'mql', 'tql', 'qualify', '2026-08-28 18:43:59.377318+00', 'import', '{}', '', 73, '', 2, 40, NULL, '2026-08-28 10:14:07.679863+00');
INSERT INTO public.leads_stagechange VALUES (94, 'tql', 'sal', 'accept', '2026-08-30 22:51:02.1294+00', 'import', '{}', '', 73, '', 3, 40, NULL, '2026-08-28 18:43:59.377318+00');
INSERT INTO public.leads_stagechange VALUES (95, 'sal', 'nurture', 'recycle', '2026-09-03 14:24:29.204178+00', 'import', '{}', '', 73, '', 3, 40, 14, '2026-08-30 22:51:02.1294+00');


--
-- Data for Name: leads_team_members; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.leads_team_members VALUES (1, 1, 2);
INSERT INTO public.leads_team_members VALUES (2, 1, 3);
INSERT INTO public.leads_team_members VALUES (3, 1, 4);
INSERT INTO public.leads_team_members VALUES (4, 1, 5);


--
-- Data for Name: scoring_scoringmodel; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.scoring_scoringmodel VALUES (1, 'Default', true, '2026-12-05 01:30:05.676214+00', NULL);


--
-- Data for Name: scoring_scoringversion; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.scoring_scoringversion VALUES (1, 1, 'active', 60, 40, 35, 25, 30, true, 'Starter model: B2B rules of thumb. Tune it, or fit one from your outcomes.', '2026-12-05 01:30:05.677191+00', '2026-12-05 01:30:05.67709+00', '{}', NULL, NULL, 1);


--
-- Data for Name: scoring_driftalert; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: scoring_rescorerun; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: scoring_rule; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.scoring_rule VALUES (1, 'attribute', 'Job title: chief / CEO', 0, 20, 'job_title', 'contains', '"chief"', '{}', NULL, false, NULL, 1);
INSERT INTO public.scoring_rule VALUES (2, 'attribute', 'Job title: CEO', 1, 20, 'job_title', 'contains', '"ceo"', '{}', NULL, false, NULL, 1);
INSERT INTO public.scoring_rule VALUES (3, 'attribute', 'Job title: director', 2, 15, 'job_title', 'contains', '"director"', '{}', NULL, false, NULL, 1);
INSERT INTO public.scoring_rule VALUES (4, 'attribute', 'Job title: VP', 3, 15, 'job_title', 'contains', '"vp "', '{}', NULL, false, NULL, 1);
INSERT INTO public.scoring_rule VALUES (5, 'attribute', 'Job title: head of', 4, 12, 'job_title', 'contains', '"head of"', '{}', NULL, false, NULL, 1);
INSERT INTO public.scoring_rule VALUES (6, 'attribute', 'Job title: manager', 5, 6, 'job_title', 'contains', '"manager"', '{}', NULL, false, NULL, 1);
INSERT INTO public.scoring_rule VALUES (7, 'attribute', 'Job title: student', 6, -30, 'job_title', 'contains', '"student"', '{}', NULL, false, NULL, 1);
INSERT INTO public.scoring_rule VALUES (8, 'attribute', 'Company size 500+', 7, 25, 'company_size', 'gte', '500', '{}', NULL, false, NULL, 1);
INSERT INTO public.scoring_rule VALUES (9, 'attribute', 'Company size 100-499', 8, 15, 'company_size', 'between', '[100, 499]', '{}', NULL, false, NULL, 1);
INSERT INTO public.scoring_rule VALUES (10, 'attribute', 'Company size 20-99', 9, 8, 'company_size', 'between', '[20, 99]', '{}', NULL, false, NULL, 1);
INSERT INTO public.scoring_rule VALUES (11, 'attribute', 'Core market', 10, 10, 'country', 'in', '["US", "GB", "DE", "FR", "NL", "ES", "BR"]', '{}', NULL, false, NULL, 1);
INSERT INTO public.scoring_rule VALUES (12, 'attribute', 'Target industry', 11, 10, 'industry', 'in', '["Software", "Finance", "Retail"]', '{}', NULL, false, NULL, 1);
INSERT INTO public.scoring_rule VALUES (13, 'attribute', 'Free e-mail address', 12, -10, 'email_domain', 'in', '["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "gmx.de"]', '{}', NULL, false, NULL, 1);
INSERT INTO public.scoring_rule VALUES (14, 'attribute', 'Has a phone number', 13, 5, 'phone', 'not_empty', NULL, '{}', NULL, false, NULL, 1);
INSERT INTO public.scoring_rule VALUES (15, 'event', 'Demo requested', 14, 40, '', '', NULL, '{}', 40, true, 9, 1);
INSERT INTO public.scoring_rule VALUES (16, 'event', 'Quote requested', 15, 35, '', '', NULL, '{}', 35, true, 10, 1);
INSERT INTO public.scoring_rule VALUES (17, 'event', 'Test drive requested', 16, 30, '', '', NULL, '{}', 30, true, 11, 1);
INSERT INTO public.scoring_rule VALUES (18, 'event', 'Pricing page viewed', 17, 10, '', '', NULL, '{}', 30, true, 2, 1);
INSERT INTO public.scoring_rule VALUES (19, 'event', 'Webinar attended', 18, 15, '', '', NULL, '{}', 30, true, 5, 1);
INSERT INTO public.scoring_rule VALUES (20, 'event', 'Webinar registration', 19, 5, '', '', NULL, '{}', 10, true, 4, 1);
INSERT INTO public.scoring_rule VALUES (21, 'event', 'Content downloaded', 20, 8, '', '', NULL, '{}', 24, true, 3, 1);
INSERT INTO public.scoring_rule VALUES (22, 'event', 'Form submitted', 21, 10, '', '', NULL, '{}', 20, true, 8, 1);
INSERT INTO public.scoring_rule VALUES (23, 'event', 'Chat started', 22, 10, '', '', NULL, '{}', 20, true, 12, 1);
INSERT INTO public.scoring_rule VALUES (24, 'event', 'E-mail click', 23, 3, '', '', NULL, '{}', 15, true, 7, 1);
INSERT INTO public.scoring_rule VALUES (25, 'event', 'Unsubscribed', 24, -30, '', '', NULL, '{}', 30, false, 14, 1);
INSERT INTO public.scoring_rule VALUES (26, 'engagement', '5-19 page views', 25, 20, 'page_views', 'between', '[5, 19]', '{}', NULL, false, NULL, 1);
INSERT INTO public.scoring_rule VALUES (27, 'engagement', '20+ page views', 26, 35, 'page_views', 'gte', '20', '{}', NULL, false, NULL, 1);
INSERT INTO public.scoring_rule VALUES (28, 'engagement', '3+ visits', 27, 20, 'visits', 'gte', '3', '{}', NULL, false, NULL, 1);
INSERT INTO public.scoring_rule VALUES (29, 'engagement', '10+ minutes on site', 28, 15, 'time_on_site', 'gte', '600', '{}', NULL, false, NULL, 1);
INSERT INTO public.scoring_rule VALUES (30, 'engagement', 'Active in the last week', 29, 30, 'days_since_last_activity', 'between', '[0, 7]', '{}', NULL, false, NULL, 1);
INSERT INTO public.scoring_rule VALUES (31, 'engagement', 'Active in the last month', 30, 15, 'days_since_last_activity', 'between', '[8, 30]', '{}', NULL, false, NULL, 1);
INSERT INTO public.scoring_rule VALUES (32, 'engagement', 'Silent for 90+ days', 31, -20, 'days_since_last_activity', 'gte', '90', '{}', NULL, false, NULL, 1);


--
-- Name: auth_group_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_group_id_seq', 5, true);


--
-- Name: auth_group_permissions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_group_permissions_id_seq', 53, true);


--
-- Name: auth_permission_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_permission_id_seq', 172, true);


--
-- Name: auth_user_groups_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_user_groups_id_seq', 6, true);


--
-- Name: auth_user_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_user_id_seq', 6, true);


--
-- Name: auth_user_user_permissions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_user_user_permissions_id_seq', 1, false);


--
-- Name: axes_accessattempt_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.axes_accessattempt_id_seq', 1, false);


--
-- Name: axes_accessfailurelog_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.axes_accessfailurelog_id_seq', 1, false);


--
-- Name: axes_accesslog_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.axes_accesslog_id_seq', 1, false);


--
-- Name: django_admin_log_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_admin_log_id_seq', 1, false);


--
-- Name: django_content_type_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_content_type_id_seq', 43, true);


--
-- Name: django_migrations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_migrations_id_seq', 70, true);


--
-- Name: handoff_assignment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.handoff_assignment_id_seq', 2, true);


--
-- Name: handoff_notification_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.handoff_notification_id_seq', 3, true);


--
-- Name: handoff_profile_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.handoff_profile_id_seq', 3, true);


--
-- Name: handoff_reportcount_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.handoff_reportcount_id_seq', 309, true);


--
-- Name: handoff_roundrobincursor_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.handoff_roundrobincursor_id_seq', 1, false);


--
-- Name: handoff_routingrule_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.handoff_routingrule_id_seq', 3, true);


--
-- Name: handoff_routingrule_product_lines_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.handoff_routingrule_product_lines_id_seq', 1, true);


--
-- Name: handoff_routingrule_sources_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.handoff_routingrule_sources_id_seq', 1, false);


--
-- Name: handoff_teamschedule_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.handoff_teamschedule_id_seq', 1, true);


--
-- Name: handoff_webhookattempt_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.handoff_webhookattempt_id_seq', 1, false);


--
-- Name: handoff_webhookdelivery_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.handoff_webhookdelivery_id_seq', 1, false);


--
-- Name: handoff_webhooksubscription_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.handoff_webhooksubscription_id_seq', 1, false);


--
-- Name: leads_account_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.leads_account_id_seq', 1, false);


--
-- Name: leads_accountdomain_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.leads_accountdomain_id_seq', 1, false);


--
-- Name: leads_accountmatchreview_candidates_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.leads_accountmatchreview_candidates_id_seq', 1, false);


--
-- Name: leads_accountmatchreview_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.leads_accountmatchreview_id_seq', 1, false);


--
-- Name: leads_accountmerge_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.leads_accountmerge_id_seq', 1, false);


--
-- Name: leads_activity_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.leads_activity_id_seq', 398, true);


--
-- Name: leads_activitytype_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.leads_activitytype_id_seq', 17, true);


--
-- Name: leads_followup_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.leads_followup_id_seq', 1, false);


--
-- Name: leads_importjob_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.leads_importjob_id_seq', 1, false);


--
-- Name: leads_lead_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.leads_lead_id_seq', 40, true);


--
-- Name: leads_leadchange_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.leads_leadchange_id_seq', 1, false);


--
-- Name: leads_leadmerge_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.leads_leadmerge_id_seq', 1, false);


--
-- Name: leads_leadsource_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.leads_leadsource_id_seq', 8, true);


--
-- Name: leads_productline_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.leads_productline_id_seq', 3, true);


--
-- Name: leads_reason_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.leads_reason_id_seq', 30, true);


--
-- Name: leads_stagechange_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.leads_stagechange_id_seq', 95, true);


--
-- Name: leads_team_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.leads_team_id_seq', 1, true);


--
-- Name: leads_team_members_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.leads_team_members_id_seq', 4, true);


--
-- Name: scoring_driftalert_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.scoring_driftalert_id_seq', 1, false);


--
-- Name: scoring_rescorerun_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.scoring_rescorerun_id_seq', 1, false);


--
-- Name: scoring_rule_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.scoring_rule_id_seq', 32, true);


--
-- Name: scoring_scoringmodel_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.scoring_scoringmodel_id_seq', 1, true);


--
-- Name: scoring_scoringversion_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.scoring_scoringversion_id_seq', 1, true);


--
-- PostgreSQL database dump complete
--


