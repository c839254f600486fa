### Registry (parties, mechanisms, memberships) and the framework catalogue.
### Loaded after main.ftl; see crates/i18n/src/lib.rs.

registry-title = سجل الأطراف
registry-intro = الدول والمنظمات والآليات المشاركة في التعاون، وعضوية كل آلية على مر الزمن.
registry-parties = الأطراف
registry-party = الطرف
registry-mechanisms = الآليات
registry-mechanism = الآلية
registry-name = الاسم
registry-code = الرمز
registry-kind = الفئة
registry-kind-state = دولة
registry-kind-territory = إقليم
registry-kind-organisation = منظمة
registry-kind-organ = جهاز
registry-kind-mechanism = آلية
registry-kind-forum = منتدى
registry-kind-fund = صندوق
registry-kind-treaty = معاهدة
registry-kind-government-body = هيئة حكومية
registry-kind-think-tank = مركز فكر
registry-kind-academy = أكاديمية
registry-kind-social-organisation = منظمة مجتمعية
registry-members = الأعضاء
registry-members-as-of = الأعضاء في { $date }
registry-member-count =
    { $count ->
        [zero] لا يوجد أعضاء
        [one] عضو واحد
        [two] عضوان
        [few] { $count } أعضاء
        [many] { $count } عضوًا
       *[other] { $count } عضو
    }
registry-memberships = العضويات
registry-role = الصفة
registry-role-member = عضو
registry-role-permanent-member = عضو دائم
registry-role-elected-member = عضو منتخب
registry-role-observer = مراقب
registry-role-dialogue-partner = شريك في الحوار
registry-role-partner = شريك
registry-role-participant = مشارك
registry-role-organiser = جهة منظِّمة
registry-role-administrator = جهة مديرة
registry-role-contributor = مساهم
registry-role-state-party = دولة طرف
registry-role-suspended-member = عضو معلَّقة عضويته
registry-period = المدة
registry-from = من
registry-to = إلى
registry-since = منذ { $date }
registry-from-to = من { $from } إلى { $to }
registry-region = المنطقة
registry-sub-region = المنطقة دون الإقليمية
registry-intermediate-region = المنطقة الوسيطة
registry-regional-group = المجموعة الإقليمية في الأمم المتحدة
registry-group-african = مجموعة الدول الأفريقية
registry-group-asia-pacific = مجموعة دول آسيا والمحيط الهادئ
registry-group-eastern-european = مجموعة دول أوروبا الشرقية
registry-group-latin-american-caribbean = مجموعة دول أمريكا اللاتينية ومنطقة البحر الكاريبي
registry-group-weog = مجموعة دول أوروبا الغربية ودول أخرى
registry-group-observer = مراقب
registry-un-member = دولة عضو في الأمم المتحدة
registry-un-observer = دولة غير عضو لها صفة المراقب في الأمم المتحدة
registry-ldc = من أقل البلدان نموًا
registry-ldc-short = أقل البلدان نموًا
registry-lldc = بلد نامٍ غير ساحلي
registry-lldc-short = بلد نامٍ غير ساحلي
registry-sids = دولة جزرية صغيرة نامية
registry-sids-short = دولة جزرية صغيرة نامية
registry-established = تاريخ الإنشاء
registry-website = الموقع الشبكي
registry-source = المصدر
registry-as-of = في تاريخ
registry-note = ملاحظة
registry-search-placeholder = البحث بالاسم أو الرمز
registry-empty = لا يوجد طرف يطابق عوامل التصفية هذه.
registry-names-note = الأسماء الواردة بغير الإنكليزية أسماء شائعة الاستعمال، وليست المصطلحات الرسمية للأمم المتحدة.

catalogue-title = فهرس الإطار
catalogue-intro = مبادئ ورقة مفاهيم مبادرة الأمن العالمي وأولويات التعاون والمنصات الواردة فيها، مع الصكوك والآليات التي يذكرها كل منها.
catalogue-principles = المبادئ
catalogue-priorities = أولويات التعاون
catalogue-platforms = المنصات والآليات
catalogue-section = الفرع { $section }
catalogue-domains = مجالات الأمن
catalogue-domain-traditional = الأمن التقليدي
catalogue-domain-non-traditional = الأمن غير التقليدي
catalogue-instruments = الصكوك
catalogue-linked-items = بنود ذات صلة
catalogue-linked-mechanisms = المنظمات والآليات المذكورة
catalogue-modules = وحدات المنصة المعنية
catalogue-module-concerns = الشواغل الأمنية
catalogue-module-dialogue = الحوار والتشاور
catalogue-module-hotspots = القضايا الساخنة
catalogue-module-cooperation = مشاريع التعاون
catalogue-module-training = التدريب
catalogue-module-exchange-maritime = تبادل الخبرات في مجال الأمن البحري
catalogue-module-exchange-cyber = تبادل الخبرات في مجال الأمن السيبراني
catalogue-module-exchange-counter-terrorism = تبادل الخبرات في مجال مكافحة الإرهاب
catalogue-module-exchange-crime = تبادل الخبرات في مجال مكافحة الجريمة العابرة للحدود الوطنية
catalogue-module-exchange-health = تبادل الخبرات في مجال الصحة العامة
catalogue-version = إصدار الفهرس { $version }
catalogue-summary-note = الملخصات من صياغة المنصة، والنص الحجة هو نص ورقة المفاهيم.
