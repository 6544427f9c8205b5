import { MODEL_LABEL, type Caution, type LocaleContent } from '../model/content-types.js';

/**
 * Default English content: the same facts as `ja.ts`, written for English readers rather than
 * translated line by line. No promise of results and no treatment methods; the clinics'
 * explanatory models always carry the one label `MODEL_LABEL.en`. `npm test` runs the content
 * checker over this file.
 *
 * Past 400 lines because it is data: every region, chain, link and point of the atlas, in one
 * language (one file a language, as the guide asks); the atlas test says what is missing.
 */
const L = MODEL_LABEL.en;

/** Warning signs, graded as in issue 9; each region lists the ones that belong to it. */
const STROKE: Caution = {
  urgency: '119',
  text: 'One side of the face droops, speech is slurred, an arm or leg goes weak, or a sudden headache worse than any before',
};
const CLOT_IN_LUNG: Caution = { urgency: '119', text: 'Chest pain or breathlessness, together with a swollen calf' };
const TEARING_PAIN: Caution = { urgency: '119', text: 'Sudden, severe, tearing pain in the back or the belly' };
const CAUDA_EQUINA: Caution = {
  urgency: 'today',
  text: 'Numbness between the legs or around the buttocks, numbness or weakness in both legs, or trouble passing urine or holding it in',
};
const KIDNEY_COLIC: Caution = { urgency: 'today', text: 'Severe pain in the side or back that comes in waves' };
const FEVER_FLANK: Caution = { urgency: 'today', text: 'A fever with pain in the side of the back, over a kidney' };
const SWOLLEN_CALF: Caution = { urgency: 'today', text: 'One calf swollen and painful, perhaps red or warm' };
const WEIGHT_LOSS: Caution = { urgency: 'soon', text: 'You are losing weight without knowing why' };
const CANCER: Caution = { urgency: 'soon', text: 'You have had cancer' };
const OVER_50: Caution = { urgency: 'soon', text: 'The pain is new and began after about the age of 50' };
const BONES: Caution = { urgency: 'soon', text: 'You take steroid medicine long term, or have osteoporosis' };
const FALL: Caution = { urgency: 'soon', text: 'The pain began after a fall or a hard knock' };
const WORSENING: Caution = { urgency: 'soon', text: 'The pain keeps getting worse, or has lasted for weeks' };
const PREGNANCY: Caution = { urgency: 'soon', text: 'Pain during pregnancy' };
const DIABETIC_FOOT: Caution = { urgency: 'soon', text: 'You have diabetes and a wound or numbness in the foot' };
const BLOOD_IN_URINE: Caution = { urgency: 'soon', text: 'Blood in your urine' };
// Nerve paths (issue 11): weakness and foot drop are for today; sharp pain for a doctor soon.
const NERVE_WEAKNESS: Caution = { urgency: 'today', text: 'A leg growing weak, or toes that will not lift so that you trip (foot drop)' };
const FEVER_BACK: Caution = { urgency: 'today', text: 'A fever together with back pain' };
const SHARP_LEG_PAIN: Caution = { urgency: 'soon', text: 'Sharp or strong pain shooting from the back into the buttock or leg (it can be a slipped disc)' };
/** Next to stretches of muscles that may be guarding the sacroiliac joint (seed 004). */
const GUARD_FIRST = 'If loosening up makes your back hurt more, or your back feels unsteady, talk to a practitioner or a doctor before stretching.';
const TINGLE_STOP = 'Tingling or a shooting, electric pain means the nerve is under strain: stop there.';

export const en: LocaleContent = {
  ui: {
    label: '3D model of how the body is connected',
    canvasAlt:
      'A 3D model of the human body. Highlighted in colour are the band of fascia up the back of the body (the Superficial Back Line: sole, calf, back of the thigh, pelvis, erector spinae, and over the head to the brow) and, deep in the lower back, the psoas muscle and the kidneys. Selecting a part lights up, in turn, the parts connected to it.',
    hint: 'Click a part of the body to read about it. Drag to turn the body; Ctrl + scroll wheel zooms.',
    hintTouch: 'Tap a part of the body to read about it. Swipe sideways to turn the body; swipe up or down to scroll the page.',
    inviteTouch: 'Tap where it feels tight',
    invitePointer: 'Click where it feels tight',
    sheetExpand: 'Read the explanation',
    sheetCollapse: 'See the whole body',
    legendTension: 'Tension',
    legendGuarding: 'Guarding',
    overlayBladderMeridian: 'Bladder meridian',
    pointStationHeading: 'The back-line part this point lies on',
    viewsLabel: 'View',
    viewBack: 'Back',
    viewSide: 'Side',
    viewFront: 'Front',
    viewDeep: 'Deep',
    resetView: 'Reset view',
    close: 'Close explanation',
    chainsLabel: 'Connections to show',
    connectionsHeading: 'Connected parts',
    causesHeading: 'What can add to stiffness or pain',
    selfCareHeading: 'Things you can do at home',
    cautionHeading: 'When to get medical help',
    caution119: 'Call 119 for an ambulance',
    cautionToday: 'Go to a hospital today',
    cautionSoon: 'See a doctor soon',
    linksHeading: 'Read more',
    disclaimer:
      'This explains how the body is connected; it is not a diagnosis. Everyone experiences their body differently. If something worries you, please talk to a doctor.',
    announceSelect: '{region} selected. Connected parts: {list}',
    announceClear: 'Selection cleared.',
    loading: 'Loading the 3D model…',
    errorWebgl:
      'Your browser cannot show the 3D view. The list of body parts and the explanations below still work.',
    errorModel:
      'The 3D model could not be shown. Reloading the page a little later may bring it back. The list of body parts and the explanations still work.',
    errorContent:
      "Some of the clinic's own texts could not be loaded, so the standard explanations are shown instead.",
    errorRegion: 'There is no body part called "{id}". Please choose one from the list.',
    dismiss: 'Dismiss this message',
    stepsLabel: 'Walk along the chain',
    stepPrev: 'Previous part',
    stepNext: 'Next part',
    stepPlay: 'Play',
    stepPause: 'Pause',
    inkToggle: 'Draw on the body',
    inkUndo: 'Undo',
    inkClear: 'Clear drawing',
    share: 'Take it home',
    shareHeading: 'See this on your phone',
    shareScan: "Scan the QR code with your phone's camera to open this view as it is now.",
    shareQrAlt: 'QR code that opens this view',
    shareCopy: 'Copy link',
    shareCopied: 'Link copied',
    shareSend: 'Send (LINE, mail…)',
    sharePrivacy: 'The link holds only the view, the part selected and the drawing: no name or other personal details, and nothing is sent anywhere.',
    shareClose: 'Close',
    sharedFromClinic: 'This view was shared with you at the clinic.',
  },

  chains: {
    'back-line': {
      title: 'The Superficial Back Line',
      summary:
        'Every muscle, organ and bone is wrapped in fascia, a thin tissue that lets layers glide; where gliding is lost (in an adhesion, say), movement can lose its ease. Along the back of the body, fascia runs unbroken from the sole to the brow: the Superficial Back Line.\n\nA 2016 systematic review of cadaver studies found direct evidence for its three junctions (sole–calf, calf–hamstrings, hamstrings–pelvis and back); how far tension spreads along it is not known.',
    },
    'psoas-kidney': {
      title: 'Psoas and kidney',
      summary:
        'Some acupuncture and seitai clinics (seitai is Japanese manual therapy) hold that a tired kidney makes the psoas beside it tighten by reflex, feeding low back pain. The two do lie side by side; no study supports the reflex. ' +
        L,
    },
    'nerve-back': {
      title: 'Nerves from the low back down the back of the leg',
      summary:
        'The nerves leaving the lower back and the sacrum join into the sciatic nerve, which runs deep in the buttock, down the back of the thigh and calf, and into the sole. Pain spreading from the back into the leg along this path is well known.\n\nOne view runs the other way: stiff tissue in the buttock and leg pulls on the nerves, so the back grows heavy again however often it is loosened. ' +
        L,
    },
    'nerve-front': {
      title: 'Nerves from the lumbar spine to the front and inner thigh',
      summary:
        'The nerves leaving the upper lumbar spine (L2–L4) gather inside the psoas and run to the front of the thigh (femoral nerve) and the inner thigh (obturator nerve).\n\nOne view holds that stiffness high in the lower back tends to come with tightness at the front of the hip and in the front and inner thigh. ' +
        L,
    },
    'si-stability': {
      title: 'Sacroiliac stability and guarding',
      summary:
        'The sacroiliac joint is held by the fit of its bones, its ligaments and the squeeze of the muscles around it. When it is unstable, the muscles of the lower back, buttocks and back of the thighs tighten to guard it: protection, not tension travelling along a line.\n\nOne view holds that loosening those guards first takes away support and makes the pain worse, so stability comes first and release only later, if still needed. It does not fit every back. ' +
        L,
    },
  },

  regions: {
    sole: {
      title: 'Sole of the foot',
      structures: 'Plantar fascia and the short toe flexors',
      body:
        'A tough, fan-shaped sheet, the plantar fascia, runs from the heel bone to the bases of the toes. It holds up the arch and softens the jolt of each step.\n\nThrough the tissue that covers the heel bone, the plantar fascia is continuous with the Achilles tendon. The sole is the lower end of the back line, the band of fascia that runs unbroken up the back of the body to the brow.',
      causes: [
        'Shoes that do not fit, or are worn down at the heel',
        'Long hours standing at work',
        'Walking little, so the toes rarely get to move',
      ],
      selfCare: [
        'Stroking the sole: sit on a chair and rest one ankle on the opposite knee. With the pad of your thumb, stroke along the arch from the heel towards the base of the toes, about 10 times, only as firmly as feels comfortable. Then do the other foot.',
      ],
      cautions: [DIABETIC_FOOT, FALL, WORSENING],
    },

    calf: {
      title: 'Calf',
      structures: 'Gastrocnemius, soleus and the Achilles tendon',
      body:
        'The gastrocnemius, on the surface, starts with two heads on the lower end of the thigh bone, just above the knee. With the soleus beneath it, it forms the Achilles tendon, which attaches to the heel bone.\n\nIts main job is to push you off the ground as you walk. A tight calf shortens each step; gait and posture change, and the lower back can end up carrying extra load.',
      causes: [
        'Shoes that do not fit',
        'Long stretches of standing or sitting still',
        'Walking little in everyday life',
      ],
      selfCare: [
        'Wall stretch: stand facing a wall with both hands on it and step your right foot back. Keeping the right heel down, breathe out and bend the left knee to bring your body towards the wall. Where the calf feels tight, hold for about 10 seconds. Do this 5 times on each side, without bouncing.',
      ],
      cautions: [CLOT_IN_LUNG, SWOLLEN_CALF, WORSENING],
    },

    hamstrings: {
      title: 'Back of the thigh (hamstrings)',
      structures: 'Biceps femoris, semitendinosus, semimembranosus; ischial tuberosity',
      body:
        'Most of the hamstrings start at the sitting bone (ischial tuberosity); only the short head of biceps femoris starts on the thigh bone. They cross behind the knee to the outer and inner sides of the lower leg.\n\nThe sciatic nerve, which leaves the lower back, also runs down the back of the thigh to the foot. One view is that stiff legs pull on this nerve and make the lower back feel heavy. ' +
        L,
      causes: [
        'Sitting for long hours, which keeps the back of the thigh short',
        'Slumping in a chair with the pelvis tipped back',
        'Moving little during the day',
      ],
      selfCare: [
        'Seated stretch: perch near the front of a chair, straighten your right knee and rest just the heel on the floor. Without rounding your back, tilt forwards from the hips. Where the back of the thigh feels tight, breathe out and hold for about 10 seconds, then come up slowly. Do this 5 times on each side, without bouncing.',
        'If you feel tingling or a shooting pain while stretching, stop there.',
        'If loosening up makes your back hurt more, or your back feels unsteady, talk to a practitioner or a doctor before stretching.',
      ],
      cautions: [CAUDA_EQUINA, WORSENING],
    },

    pelvis: {
      title: 'Pelvis (sacrum)',
      structures: 'Sacrum, sacrotuberous ligament, sacroiliac joint',
      body:
        'The sacrum, in the middle of the pelvis, is the base of the spine. The sacrotuberous ligament runs from the sitting bone to the sacrum; tendon fibres of the hamstrings and fascia from the back join it.\n\nThe sacroiliac joints, between the sacrum and the hip bones, barely move: they are built to carry weight. When one becomes unstable, the muscles around it tighten to guard it. One view holds that loosening those muscles first removes support and makes the pain worse, so stability should come first. ' +
        L,
      causes: [
        'Crossing your legs, or standing with your weight on one leg',
        'Sitting for long hours',
        'Pregnancy (the centre of gravity moves forwards and the lower back arches)',
        'Periods and menopause',
      ],
      selfCare: [
        'If your back feels unsteady, loosening up makes it hurt more, or your back has "gone out" again and again, talk to a practitioner or a doctor before stretching.',
        'Buttock stretch: sit on a chair, rest your right ankle just above the left knee and let the right knee fall out to the side. Keeping your chest open, lean forwards. Where you feel it deep in the right buttock, breathe out and hold for about 10 seconds. Do this 5 times on each side, without bouncing.',
      ],
      cautions: [CAUDA_EQUINA, FALL, BONES, PREGNANCY, WORSENING],
    },

    'erector-spinae': {
      title: 'Back muscles (erector spinae)',
      structures: 'Erector spinae (iliocostalis, longissimus, spinalis) and the thoracolumbar fascia',
      body:
        'The erector spinae are a column of muscles rising beside the spine from the sacrum and the back of the pelvis. The outer part, iliocostalis, stops at the lower neck; longissimus reaches the bone behind the ear. In the lower back they are wrapped in a thick sheet, the thoracolumbar fascia.\n\nThey hold you upright and bring you back up from bending forwards. Stiff legs or a stiff pelvis can play a part in a tight lower back, and a stiff back can in turn change the way you walk.',
      causes: [
        'Sitting for long hours with a rounded back',
        'Tight hamstrings and calves',
      ],
      selfCare: [
        'Stand up and walk a few steps at least once an hour.',
        'Slow breathing: lie on your back with your knees bent. Breathe in through the nose and out slowly through the mouth, about 5 times.',
        'Look after the back of the thighs, the buttocks and the calves too, not only the back; the thigh, pelvis and calf explanations show how.',
      ],
      cautions: [TEARING_PAIN, CAUDA_EQUINA, WEIGHT_LOSS, CANCER, OVER_50, BONES, FALL, WORSENING],
    },

    skull: {
      title: 'Back of the head to the brow',
      structures: 'Semispinalis capitis, suboccipital muscles, galea aponeurotica (the fascia over the skull)',
      body:
        'At the back of the neck, semispinalis capitis and the small suboccipital muscles join the spine to the skull. From there the galea aponeurotica covers the head like a cap and carries the back line forwards to end at the brow.\n\nLong hours looking down at a screen often bring a tight feeling from the back of the neck up into the head.',
      causes: [
        'Peering at a screen with the head pushed forwards',
        'Short sleep, or day after day of feeling on edge',
      ],
      selfCare: [
        'Chin tuck: sit tall and look straight ahead. Draw your chin straight back, level, until the back of the neck lengthens, and hold for about 5 seconds. Repeat 10 times.',
      ],
      cautions: [STROKE, WORSENING],
    },

    psoas: {
      title: 'Psoas major',
      structures: 'Psoas major (from the T12–L4 vertebrae to the lesser trochanter of the thigh bone)',
      body:
        'The psoas is a deep muscle that starts beside the lumbar spine, passes down inside the pelvis and attaches near the top of the thigh bone. Its main job is to lift the thigh forwards (flexing the hip).\n\nOne explanation is that a tired kidney makes the psoas tighten by reflex, so that the back gives no support at the moment you rise from a chair, or feels dull and heavy when you wake. ' +
        L,
      causes: [
        'Sitting for long hours, which keeps the front of the hip short',
        'Moving little during the day',
      ],
      selfCare: [
        'Front-of-hip stretch: kneel on your right knee with the left foot forwards (hold a chair if you wobble). Keeping your trunk upright and without arching your back, shift your whole body forwards. Where the front of the right hip feels stretched, hold for about 10 seconds. Do this 5 times on each side.',
        'Inner-thigh stretch: stand with your feet wide apart and bend the left knee to move your weight to the left. Keep the right knee straight and the right foot flat on the floor. Where the right inner thigh feels tight, breathe out and hold for about 10 seconds. Do this 5 times on each side.',
        'For both, do not bounce, and stay within a pain-free range.',
      ],
      cautions: [TEARING_PAIN, CAUDA_EQUINA, WEIGHT_LOSS, CANCER, OVER_50, WORSENING],
    },

    kidney: {
      title: 'Kidney',
      structures: 'Kidneys (level with T12–L3, at the back of the abdomen)',
      body:
        'The kidneys lie deep at the back of the abdomen, one on each side of the spine. Behind, each rests mostly on the quadratus lumborum and the diaphragm, with only its inner edge on the psoas. The right one sits a little lower, under the liver.\n\nIn one explanation, worry, cold, or drinking too little or too much tires the kidneys; the psoas then tightens, and over time a sluggish flow of cerebrospinal fluid brings on "brain fatigue" (a heavy head in the morning, for example). ' +
        L +
        '\n\nThe "kidney" of East Asian medicine is not the same thing as the anatomical kidney. Illness of the kidneys is for a doctor to examine.',
      cautions: [TEARING_PAIN, KIDNEY_COLIC, FEVER_FLANK, BLOOD_IN_URINE],
    },

    'lumbar-nerves': {
      title: 'Nerve roots of the lower back',
      structures: 'Lumbar and sacral nerve roots (L1–S3), lumbar and sacral plexuses',
      body:
        'The nerves that come down inside the spine leave it, one on each side, through the gaps between the lumbar vertebrae and through the sacrum. The upper ones (L2–L4) gather inside the psoas and go to the front and inner thigh; the lower ones (L4–S3) join in front of the sacrum into the sciatic nerve, bound for the back of the leg and the sole.\n\nWhen low back pain spreads into a leg, it often follows one of these paths.',
      causes: ['Sitting for long hours', 'Lifting heavy things again and again with a rounded back'],
      selfCare: [
        'If a leg tingles or feels numb, hold off stretching for now and talk to a doctor.',
        'Look after the front of the hip, the buttocks and the back of the thighs too, not only the back; each of their explanations shows how.',
      ],
      cautions: [CAUDA_EQUINA, NERVE_WEAKNESS, FEVER_BACK, SHARP_LEG_PAIN, CANCER, WEIGHT_LOSS, WORSENING],
    },

    piriformis: {
      title: 'Piriformis',
      structures: 'Piriformis (front of the sacrum to the greater trochanter of the thigh bone)',
      body:
        'The piriformis is a deep buttock muscle. It starts on the front of the sacrum, leaves the pelvis through the greater sciatic notch and attaches to the bony knob on the outside of the hip (the greater trochanter). With the leg straight, it turns the thigh outwards.\n\nIn most people the sciatic nerve leaves the pelvis just below it; in some, part of the nerve passes through the muscle, a little more often in East Asian people. "Piriformis syndrome", the nerve pressed by this muscle, is a diagnosis specialists still debate.',
      causes: ['Sitting long on hard seats, or leaning on one buttock', 'Sitting on a wallet in a back pocket'],
      selfCare: [
        GUARD_FIRST,
        'Deep buttock stretch: sit near the front of a chair and rest your right ankle on your left knee. Keeping your back long, tip forwards slowly from the hips. Breathe out and hold for about 10 seconds, then come back up slowly. Do this 5 times on each side, without bouncing.',
        TINGLE_STOP,
      ],
      cautions: [CAUDA_EQUINA, NERVE_WEAKNESS, SHARP_LEG_PAIN, WORSENING],
    },

    gluteals: {
      title: 'Buttock muscles',
      structures: 'Gluteus maximus and gluteus medius',
      body:
        'Gluteus maximus is a thick muscle running down and out from the back of the pelvis, the sacrum and the thoracolumbar fascia to the iliotibial band and the thigh bone. It straightens the hip when you stand up or climb stairs.\n\nGluteus medius fans out from the side of the pelvis to the greater trochanter and keeps the pelvis level when you stand on one leg. Through the thoracolumbar fascia, gluteus maximus is linked with the latissimus dorsi of the other side, and helps to press the sacroiliac joint closed.',
      causes: ['Long days of sitting that leave the buttocks idle', 'Standing with your weight on one leg'],
      selfCare: [
        GUARD_FIRST,
        'Buttock stretch lying down: lie on your back with both knees bent and rest your right ankle on your left thigh. Hold the back of your left thigh with both hands and draw it slowly towards your chest. Where the right buttock feels stretched, breathe out and hold for about 10 seconds. Do this 5 times on each side.',
      ],
      cautions: [CAUDA_EQUINA, FALL, WORSENING],
    },

    'sciatic-nerve': {
      title: 'Sciatic nerve',
      structures: 'Sciatic, tibial and common fibular nerves, nerves of the sole',
      body:
        'The sciatic nerve is the thickest nerve in the body, about 1.5 cm wide. It leaves the pelvis below the piriformis, runs deep in the buttock and down the back of the thigh under the hamstrings, and usually divides a little above the knee: the tibial nerve goes on down the calf to the sole, the common fibular nerve winds round to the outside of the shin.\n\nBending forwards with straight legs and the toes pulled up stretches it. One view holds that tight buttocks and hamstrings pull on the nerve and keep the lower back heavy. ' +
        L,
      causes: ['Sitting for long hours', 'Crossing your legs, or sitting with your weight on one buttock'],
      selfCare: [
        'Back-of-thigh stretch: sit near the front of a chair with your right leg forwards, heel on the floor and toes relaxed. Keeping your back long, breathe out and lean forwards little by little. Hold for about 10 seconds, come back slowly, and do this 5 times on each side.',
        TINGLE_STOP,
      ],
      cautions: [CAUDA_EQUINA, NERVE_WEAKNESS, SHARP_LEG_PAIN, DIABETIC_FOOT, WORSENING],
    },

    'front-thigh': {
      title: 'Front of the thigh',
      structures: 'Quadriceps and the femoral nerve',
      body:
        'The femoral nerve is made of the L2–L4 nerves, gathered inside the psoas. It leaves the psoas at its outer edge, passes under the ligament in the groin and comes out at the front of the thigh. It works the quadriceps, which straighten the knee, and carries feeling from the front of the thigh and the inner shin.\n\nOne view holds that stiffness high in the lower back tends to come with a tight front of the thigh. ' +
        L,
      causes: ['Sitting for long hours, which keeps the front of the hip short', 'Walking downhill or down stairs a lot'],
      selfCare: [
        'Front-of-hip stretch: kneel on your right knee with the left foot a step forwards (a hand on a chair back steadies you). Keeping the pelvis level and your back straight, move your body slowly forwards. Where the front of the right hip stretches, hold for about 10 seconds. Do this 5 times on each side, without bouncing.',
        TINGLE_STOP,
      ],
      cautions: [CAUDA_EQUINA, NERVE_WEAKNESS, WORSENING],
    },

    'inner-thigh': {
      title: 'Inner thigh',
      structures: 'Adductors (adductor longus, adductor magnus and others) and the obturator nerve',
      body:
        'The obturator nerve also comes from L2–L4. It leaves the psoas at its inner edge, runs down the wall of the pelvis, passes through a small opening at the front of the pelvis (the obturator canal) and reaches the inner thigh, where it works the adductors and carries feeling from the skin.\n\nThe adductors are a large group running from the pubic bone and the sitting bone to the inside of the thigh bone. They draw the legs together and keep the leg steady when you walk.',
      causes: ['Sitting for long with the knees held together', 'Days with little sideways movement'],
      selfCare: [
        'Inner-thigh stretch: sit near the front of a chair and stretch your right leg far out to the side, heel on the floor. Keeping your back long, shift your body a little to the left. Where the right inner thigh feels tight, breathe out and hold for about 10 seconds. Do this 5 times on each side, without bouncing.',
      ],
      cautions: [CAUDA_EQUINA, NERVE_WEAKNESS, WORSENING],
    },

    'si-joint': {
      title: 'Sacroiliac joint',
      structures: 'Sacroiliac joint and its posterior ligaments',
      body:
        'This joint joins the sacrum to the hip bone on each side. It lies deep to the two dimples at the base of the back, covered behind by strong ligaments. It moves very little: a few degrees and under 2 mm when measured. It is held by the fit of its bones, its ligaments, and the squeeze of the muscles and fascia around it.\n\nWhen it is unstable, the muscles around it tighten to guard it. One view holds that loosening them first takes away support and makes the pain worse, so stability should come first. ' +
        L,
      causes: ['Pregnancy and childbirth', 'Standing on one leg or crossing your legs out of habit', 'A fall onto the buttocks'],
      selfCare: [
        'If loosening up makes it hurt more, your back feels unsteady, or it has "gone out" again and again, talk to a practitioner or a doctor before stretching the back, buttocks or thighs.',
        'Deep belly muscle: lie on your back with both knees bent. As you breathe out, draw your lower belly gently in towards your spine and hold for about 10 seconds (keep breathing). Repeat 10 times.',
      ],
      cautions: [CAUDA_EQUINA, FALL, PREGNANCY, FEVER_BACK, WORSENING],
    },

    'deep-stabilizers': {
      title: 'Deep trunk muscles',
      structures: 'Transversus abdominis, multifidus and the pelvic floor',
      body:
        'Transversus abdominis is the deepest belly muscle, wrapped round the waist like a corset. Multifidus joins vertebra to vertebra right beside the spine, and the pelvic floor carries the base of the pelvis like a hammock. With the diaphragm above, they hold the trunk from inside like a pressurised cylinder.\n\nIn one study of healthy people, tightening transversus abdominis made the sacroiliac joint less lax. For long-lasting low back pain, though, stability exercise has not done better than other exercise.',
      causes: ['Moving little during the day', 'A pelvic floor weakened by pregnancy, childbirth or age'],
      selfCare: [
        'Back and belly together: kneel on all fours with a flat back. Slowly reach the right arm and left leg out level with the floor, hold for about 5 seconds and come back. Do this 5 times on each side, keeping the lower back from arching.',
      ],
      cautions: [CAUDA_EQUINA, PREGNANCY, WORSENING],
    },

    bl10: {
      title: 'BL10 Tianzhu (天柱, tenchū)',
      structures: 'Bladder meridian, back of the neck',
      body:
        'At the hairline at the back of the neck, in the hollow just outside the thick muscle that runs up the middle, level with the second neck vertebra.\n\nIt lies on the back line\'s head station. The name likens the neck to the pillar that holds up heaven (the head).',
      cautions: [STROKE, WORSENING],
    },
    bl23: {
      title: 'BL23 Shenshu (腎兪, jin-yu)',
      structures: 'Bladder meridian, lower back',
      body:
        'Find the line between the tops of your hip bones, count two vertebrae up (below L2) and go two finger-widths out from the middle of the spine: about the narrowest part of the waist.\n\nIt lies on the erector spinae of the back line. Tradition calls it the kidney\'s back-shu point, where the kidney\'s qi reaches the back. This "kidney" is an idea of East Asian medicine, not the organ.',
      cautions: [CAUDA_EQUINA, WORSENING],
    },
    bl25: {
      title: 'BL25 Dachangshu (大腸兪, daichō-yu)',
      structures: 'Bladder meridian, lower back',
      body:
        'Level with the line between the tops of your hip bones (below L4), two finger-widths out from the middle of the spine.\n\nIt lies on the erector spinae of the back line. Tradition calls it the back-shu point of the large intestine.',
      cautions: [CAUDA_EQUINA, WORSENING],
    },
    bl36: {
      title: 'BL36 Chengfu (承扶, shōfu)',
      structures: 'Bladder meridian, below the buttock',
      body:
        'In the middle of the crease where the buttock meets the thigh.\n\nIt lies where the back line\'s hamstrings begin, just below the sitting bone, with the sciatic nerve deep beneath. From here the meridian leaves the buttock and runs down the back of the thigh.',
      cautions: [CAUDA_EQUINA, SHARP_LEG_PAIN],
    },
    bl40: {
      title: 'BL40 Weizhong (委中, ichū)',
      structures: 'Bladder meridian, back of the knee',
      body:
        'In the middle of the crease behind the knee.\n\nHere the back line passes from the hamstrings to the calf, and the meridian\'s two lines down the back meet; the tibial nerve runs deep beneath. An old acupuncture verse says "for the lower back, seek Weizhong", so tradition has long linked it with the back.',
      cautions: [SWOLLEN_CALF, WORSENING],
    },
    bl57: {
      title: 'BL57 Chengshan (承山, shōzan)',
      structures: 'Bladder meridian, calf',
      body:
        'Stand on tiptoe and a pointed hollow appears below the bulge of the calf. The point is at its tip, where the muscle turns into the Achilles tendon, about halfway between the crease behind the knee and the outer ankle bone.\n\nIt lies on the back line\'s calf.',
      cautions: [CLOT_IN_LUNG, SWOLLEN_CALF],
    },
    bl60: {
      title: 'BL60 Kunlun (崑崙, konron)',
      structures: 'Bladder meridian, outer ankle',
      body:
        'In the hollow between the highest point of the outer ankle bone and the Achilles tendon.\n\nIt lies at the lower end of the back line\'s calf, beside the Achilles tendon. The name comes from the Kunlun mountains, the ankle bone seen as a peak. From here the meridian runs along the outer edge of the foot to the little toe.',
      cautions: [FALL, WORSENING],
    },
    ki1: {
      title: 'KI1 Yongquan (湧泉, yūsen)',
      structures: 'Kidney meridian, sole of the foot',
      body:
        'Curl your toes: it is the deepest hollow near the front of the sole, a third of the way from the base of the second and third toes to the heel.\n\nIt is the first point of the kidney meridian, which takes over from the bladder meridian; the name means "gushing spring". It lies on the back line\'s sole (the plantar fascia). Here the two maps part: the meridian runs along the outer edge of the foot, the back line under the sole.',
      cautions: [DIABETIC_FOOT, WORSENING],
    },
  },

  links: {
    'sole--calf': {
      body:
        'The plantar fascia and the Achilles tendon both anchor on the heel bone and are linked through the tissue covering it. A stiff sole and a tight calf tend to affect each other.',
    },
    'calf--hamstrings': {
      body:
        'Behind the knee, the two heads of the gastrocnemius pass between the hamstring tendons (biceps femoris on the outside, semitendinosus and semimembranosus on the inside) to reach the thigh bone. The two groups interlock here.',
    },
    'hamstrings--pelvis': {
      body:
        'From the sitting bone where the hamstrings start, the sacrotuberous ligament continues to the sacrum. Tight hamstrings tend to tip the pelvis back, and long hours of sitting keep them short.',
    },
    'pelvis--erector-spinae': {
      body:
        'The erector spinae start from the sacrum and the back of the pelvis, where the thoracolumbar fascia is anchored too. When the pelvis tips back, the lower back flattens and the spine tends to round.',
    },
    'erector-spinae--skull': {
      body:
        'The outer erector spinae stop at the lower neck; from there to the skull, semispinalis capitis and the suboccipital muscles take over, and the galea aponeurotica carries on to the brow.',
    },
    'psoas--kidney': {
      body:
        'The inner edge of each kidney rests on the psoas. From this closeness comes the idea that a tired kidney makes the psoas tighten. ' + L,
    },
    'pelvis--psoas': {
      body:
        'The psoas passes inside the pelvis to the thigh bone. Long hours of sitting keep the front of the hip short, which can change how the pelvis tilts when you stand.',
    },
    'erector-spinae--psoas': {
      body:
        'The psoas attaches towards the front of the lumbar vertebrae, the erector spinae behind them. The psoas mainly flexes the hip; how much it steadies the spine is still debated.',
    },
    'lumbar-nerves--piriformis': {
      body: 'The nerves from L4 to S3 gather on the front of the piriformis, in front of the sacrum, into the one sciatic nerve.',
    },
    'piriformis--sciatic-nerve': {
      body: 'In most people the sciatic nerve leaves the pelvis just below the piriformis; in some, part of it passes through the muscle.',
    },
    'sciatic-nerve--hamstrings': {
      body:
        'The sciatic nerve runs under the hamstrings and sends them the branches that work them. One view holds that tight hamstrings pull on the nerve. ' + L,
    },
    'hamstrings--calf--nerve-back': {
      body: 'The tibial nerve, split off above the knee, runs through the middle of the back of the knee and under the calf muscles, which it works.',
    },
    'calf--sole--nerve-back': {
      body: 'The tibial nerve curves behind the inner ankle and divides into the inner and outer nerves of the sole, which work its muscles and carry feeling from its skin.',
    },
    'lumbar-nerves--psoas': {
      body: 'The L1–L4 nerves meet in a network inside the psoas (the lumbar plexus); the nerves for the leg leave from its edges.',
    },
    'psoas--front-thigh': {
      body: 'The femoral nerve leaves the outer edge of the psoas, runs down between psoas and iliacus, and comes out at the groin to the front of the thigh.',
    },
    'psoas--inner-thigh': {
      body: 'The obturator nerve leaves the inner edge of the psoas, follows the wall of the pelvis through the obturator canal, and reaches the adductors of the inner thigh.',
    },
    'deep-stabilizers--si-joint': {
      body: 'Transversus abdominis and multifidus squeeze the pelvis from both sides, partly through the thoracolumbar fascia, and add to what holds the sacroiliac joint steady.',
    },
    'si-joint--erector-spinae': {
      body:
        'Pain is known to make the muscles around a joint tighten together. One view adds that when the back muscles are guarding the joint, loosening them first takes away support. ' + L,
    },
    'si-joint--gluteals': {
      body: 'Gluteus maximus attaches to the sacrum and the sacrotuberous ligament and, through the thoracolumbar fascia, to the latissimus dorsi of the other side. It is one of the muscles that tighten to guard the joint.',
    },
    'si-joint--hamstrings': {
      body: 'The hamstrings are joined to the sacrum through the sacrotuberous ligament. Their tightness can be guarding the joint.',
    },
  },
};
