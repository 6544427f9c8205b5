import type { LocaleContent } from '../model/content-types.js';

/**
 * Default English content: the same facts as `ja.ts`, written for English readers rather
 * than translated line by line. Never promise results; present the psoas–kidney idea as
 * the clinics' explanatory model.
 */
export const en: LocaleContent = {
  ui: {
    label: '3D model of how the body is connected',
    canvasAlt:
      'A 3D model of the human body. Highlighted in colour are the fascial line running up the back of the body (the Superficial Back Line: sole, calf, back of the thigh, pelvis, the muscles along the spine, and over the back of the head to the brow), and, deep in the lower back, the psoas muscle and the kidneys. Selecting a part lights up the parts around it in the order tension spreads to them.',
    hint: 'Click a part of the body to read about it. Drag to turn the body; Ctrl + scroll wheel zooms.',
    hintTouch: 'Tap a part of the body to read about it. Swipe sideways to turn the body; swipe up or down to scroll the page.',
    inviteTouch: 'Tap where it feels tight',
    invitePointer: 'Click where it feels tight',
    sheetExpand: 'Read the explanation',
    sheetCollapse: 'See the whole body',
    viewsLabel: 'View',
    viewBack: 'Back',
    viewSide: 'Side',
    viewFront: 'Front',
    viewDeep: 'Deep',
    resetView: 'Reset view',
    close: 'Close explanation',
    chainsLabel: 'Connections to show',
    connectionsHeading: 'Connected parts',
    causesHeading: 'Common causes of tension',
    selfCareHeading: 'Things you can try at home',
    cautionHeading: 'When to see a doctor',
    linksHeading: 'Read more',
    disclaimer:
      'This is an explanation of how the body is connected, not a diagnosis. Everyone responds differently. If your pain is strong or something worries you, please talk to a doctor.',
    announceSelect: '{region} selected. Tension spreads to: {list}',
    announceClear: 'Selection cleared.',
    loading: 'Loading the 3D model…',
    errorWebgl:
      'Your browser cannot show the 3D view. The list of body parts and the explanations below still work.',
    errorModel:
      'The 3D model could not be loaded. Please check your connection and reload the page. The list of body parts and the explanations still work.',
    errorContent:
      "Some of the clinic's own texts could not be loaded, so the standard explanations are shown instead.",
    errorRegion: 'There is no body part called "{id}". Please choose one from the list.',
    dismiss: 'Dismiss this message',
  },

  chains: {
    'back-line': {
      title: 'The Superficial Back Line',
      summary:
        'One continuous band of fascia runs up the back of the body: from the sole, through the calf, the back of the thigh and the pelvis, along the spine and over the head. Tension in one place travels along the whole line.\n\nTight legs pull on the back, and a stiff back leaves the legs unable to push off properly. So a sore lower back often has its origin somewhere else.',
    },
    'psoas-kidney': {
      title: 'Psoas and kidney',
      summary:
        'An explanatory model used by some acupuncture and seitai clinics about the deep psoas muscle and the kidney lying right next to it. In this view, a tired kidney makes the psoas tense up, which feeds low back pain and an unsettled autonomic nervous system.\n\nIt describes how these practitioners think about the body; it is not a proven medical mechanism.',
    },
  },

  regions: {
    sole: {
      title: 'Sole of the foot',
      structures: 'Plantar fascia and the short toe flexors',
      body:
        'A tough sheet of tissue, the plantar fascia, spans the sole from the heel bone to the base of the toes. It holds up the arch and absorbs the shock of each step.\n\nThe sole is where the back line begins. When it stiffens, the tension is thought to pass upwards into the calf and beyond.',
      causes: [
        'Shoes that do not fit, or are worn down',
        'Standing for long hours at work',
        'Walking little, so the toes rarely get to move',
        'Cold feet',
      ],
      selfCare: [
        'Sit with one foot resting on the other knee. Using your palm or thumb, work along the sole in gliding strokes from the heel towards the toes.',
        'Keep the pressure comfortable rather than digging in.',
      ],
      caution:
        'If the sole is very painful or swollen, if numbness or dulled feeling persists, or if the pain started after a fall or a twisted ankle, skip the self-care and see a doctor.',
    },

    calf: {
      title: 'Calf',
      structures: 'Gastrocnemius, soleus and the Achilles tendon',
      body:
        'The calf is made of the gastrocnemius on the surface and the soleus beneath it. Both merge into the Achilles tendon, which attaches to the heel bone. Together they provide most of the push-off when you walk.\n\nA tight calf shortens that push-off, and your gait and posture gradually change to compensate. The extra load tends to end up in the lower back.',
      causes: [
        'Ill-fitting shoes',
        'Too little exercise, so the muscles are rarely stretched',
        'Long periods of standing or sitting still',
        'Cold legs (in East Asian medicine, a sign that blood is not circulating well)',
      ],
      selfCare: [
        'Put both hands on a wall and step the leg you want to stretch back. Keeping that heel on the floor, breathe out and slowly shift your weight forwards; hold for about 10 seconds where you feel the calf stretch.',
        'Repeat about 5 times, without bouncing and only as far as it stays pain-free.',
      ],
      caution:
        'If the calf suddenly becomes very painful, turns red, swollen or warm, or only one leg is swollen, do not stretch or massage it; see a doctor promptly.',
    },

    hamstrings: {
      title: 'Back of the thigh (hamstrings)',
      structures: 'Biceps femoris, semitendinosus, semimembranosus; ischial tuberosity',
      body:
        'Three muscles, the hamstrings, run down the back of the thigh. They start at the sitting bone (ischial tuberosity) and cross behind the knee to attach to the lower leg.\n\nWhen they are tight they pull the pelvis into a backward tilt, and the back rounds. The muscles along the spine then have to work without a break to hold you upright.',
      causes: [
        'Sitting for long hours, which keeps the hamstrings short',
        'Too little exercise',
        'Posture habits such as slumping with the pelvis tipped back',
      ],
      selfCare: [
        'Sit near the front edge of a chair with one leg straight out and the heel on the floor. Keeping your back long, breathe out and slowly lean forwards from the hips.',
        'When you feel the back of the thigh stretch, hold for about 10 seconds, then come back up slowly. About 5 times is enough.',
        'Do not bounce, and stay within a pain-free range.',
      ],
      caution:
        'If numbness, tingling or a shooting pain runs down the back of the leg, or the leg feels weak, stop stretching and see a doctor. A nerve may be involved.',
    },

    pelvis: {
      title: 'Pelvis (sacrum)',
      structures: 'Sacrum, sacrotuberous ligament, sacroiliac joint',
      body:
        'The sacrum sits in the middle of the pelvis and forms the base of the spine. Tension from the hamstrings passes through the sacrotuberous ligament into the sacrum, and on into the muscles along the spine. It is the relay station between legs and back.\n\nThe sacroiliac joints, where the sacrum meets the hip bones, are built for stability, not for large movements. When they become unstable, the muscles of the lower back, buttocks and thighs may tighten to guard them.\n\nLoosening that protective tightness first can remove support and make the pain worse, like cutting the ropes that steady a swaying bridge. Some clinics therefore restore stability first, and release tight muscles afterwards only if still needed.',
      causes: [
        'Posture habits such as crossing your legs or standing with your weight on one side',
        'Long hours of sitting or standing, which slow circulation around the pelvis (East Asian medicine calls this blood stasis)',
        'Changes specific to women: menstruation, pregnancy (the centre of gravity shifts and the back arches) and menopause',
        'Too little exercise, so the muscles that support the joint do less of their job',
      ],
      selfCare: [
        'If massage or stretching makes things worse, the area feels unstable, or your back keeps "going out", exercises that rebuild support may suit you better than stretching. Ask your practitioner.',
        'Buttock stretch: sit on a chair and rest the ankle of the side you want to stretch on the opposite thigh. Keeping your back long, lean forwards until you feel the buttock stretch and hold for about 10 seconds. About 5 times is enough.',
        'Whatever you do, move slowly, without bouncing, and stay pain-free.',
      ],
      caution:
        'See a doctor straight away if the pain started after a fall, if you have numbness or weakness in a leg, changes in bladder or bowel control, or a fever.',
    },

    'erector-spinae': {
      title: 'Back muscles (erector spinae)',
      structures: 'Erector spinae and the thoracolumbar fascia',
      body:
        'The erector spinae are long muscles running beside the spine from the sacrum to the back of the skull. In the lower back they are wrapped in a thick sheet, the thoracolumbar fascia. Their job is to hold you upright.\n\nWhen the lower back feels tight or heavy, these muscles are often the victim, pulled on from the legs and pelvis below. It works the other way too: a stiff back keeps the legs from pushing off well, and a vicious circle can set in.',
      causes: [
        'Hours at a desk with a rounded back',
        'Tight hamstrings and calves',
        'Ongoing stress that keeps the body in "fight mode" (muscles cannot let go and breathing stays shallow)',
        'In East Asian medicine, stress is said to stall the flow of qi (qi stagnation), felt as tightness and pulling',
        'Getting cold',
      ],
      selfCare: [
        'Rather than only rubbing the lower back, include the back of the thighs, the buttocks and the soles; some people find this brings more relief.',
        'If you have been in one position for a long time, stand up and move around now and then.',
        'Give yourself time to breathe out slowly. Deep breathing is thought to help the body step out of "tension mode".',
      ],
      caution:
        'Sharp or strong pain can be a sign of a disc herniation or another problem. See a doctor soon if you have numbness or weakness in a leg, pain at night even at rest, a fever, or changes in bladder or bowel control.',
    },

    skull: {
      title: 'Back and top of the head',
      structures: 'Suboccipital region and the galea aponeurotica (the fascia over the skull)',
      body:
        'The back line climbs the back of the neck, passes over the skull in a sheet of fascia (the galea aponeurotica) and ends at the brow ridge. Tension at the back of the head can be seen as the far end of one line that starts at your feet.\n\nBecause the control centres of the autonomic nervous system are in the brain, some clinics offer gentle work on the head, such as craniosacral techniques. Some people feel their breathing deepen afterwards, though experiences vary.',
      causes: [
        'Long screen time with the head pushed forwards',
        'Stress and lack of sleep',
        'Shallow breathing',
      ],
      caution:
        'A sudden, severe headache, numbness or weakness in an arm or leg, slurred speech or lasting dizziness need medical help straight away. If you have any symptoms that worry you, check with a doctor before having treatment on the head.',
    },

    psoas: {
      title: 'Psoas major',
      structures: 'Psoas major (from the T12–L4 vertebrae to the lesser trochanter of the thigh bone)',
      body:
        'The psoas is a deep muscle that runs from the lumbar spine, down through the inside of the pelvis, to the top of the thigh bone. It links the trunk to the legs and is one of the keystones of posture.\n\nSome acupuncture and seitai clinics explain that fatigue in the kidney right beside it makes the psoas tense up reflexively, stiffening the lower back. They use this to explain complaints such as the back feeling as if it will give way when standing up, or a heavy back on waking.\n\nThis is an explanatory model used in practice, not a proven medical mechanism.',
      causes: [
        'Long hours of sitting, which keep the front of the hip short',
        'Too little exercise',
        'In the clinics\' model, a kidney tired by stress or cold',
      ],
      selfCare: [
        'Hip-flexor stretch: with something to hold on to, kneel on the knee of the side you want to stretch and take that leg back. Keep the pelvis level and your back long, and slowly shift your body forwards.',
        'Inner-thigh stretch: take one leg out wide to the side with the heel on the floor and, breathing out, slowly let the inner thigh lengthen.',
        'Hold each for about 10 seconds, without bouncing, and only as far as it stays pain-free.',
      ],
      caution:
        'If you have sharp pain, numbness or weakness in a leg, pain at night even at rest, or a fever, see a doctor before any treatment or self-care.',
    },

    kidney: {
      title: 'Kidney',
      structures: 'Kidneys (at the back of the abdomen, level with T12–L3; the right one sits a little lower)',
      body:
        'The kidneys lie deep in the back of the abdomen, one on each side of the spine, resting against the psoas and neighbouring muscles. The right kidney sits slightly lower because the liver is above it.\n\nIn East Asian medicine and some seitai clinics, stress, cold and a disturbed water balance are said to tire the kidneys, which makes the nearby psoas tense and the lower back ache. If this continues, they say, the autonomic nervous system stays stuck in "tension mode", the circulation of cerebrospinal fluid is said to worsen, and "brain fatigue" follows: a heavy head in the morning, or sleep that does not refresh.\n\nThis is the clinics\' explanatory model, not a proven medical mechanism. Illness of the kidney itself needs a doctor.',
      causes: [
        'In the clinics\' model, ongoing stress is one thing that tires the kidneys',
        'Cold, and a disturbed water balance, are named too',
      ],
      selfCare: [
        'Keep your abdomen and lower back warm.',
        'Protect your sleep, and take time to rest and breathe out slowly.',
      ],
      caution:
        'See a doctor straight away if you have pain in the side or back together with a fever, blood in your urine, unusual changes in your urine, or marked swelling. These are not things a clinic treats; they need a medical examination.',
    },
  },

  links: {
    'sole--calf': {
      body:
        'The plantar fascia and the Achilles tendon both anchor on the heel bone and are linked through the tissue covering it. That is why a stiff sole and a tight calf tend to affect each other.',
    },
    'calf--hamstrings': {
      body:
        'The two heads of the gastrocnemius start on the thigh bone just above the knee, right where the hamstrings attach just below it. The muscles overlap behind the knee, so tension passes easily between them.',
    },
    'hamstrings--pelvis': {
      body:
        'From the sitting bone where the hamstrings begin, the sacrotuberous ligament carries on to the sacrum. Tight hamstrings tip the pelvis backwards, and a habitual pelvic tilt can in turn keep the hamstrings tense.',
    },
    'pelvis--erector-spinae': {
      body:
        'The sacrum is the anchor of the erector spinae, and the thoracolumbar fascia spreads up the back from here. When the pelvis tilts back, the spine rounds and these muscles have to keep working to hold you up.',
    },
    'erector-spinae--skull': {
      body:
        'The erector spinae climb the neck to the back of the skull, where the fascia over the head takes over as far as the brow. This is thought to be why a stiff back can be felt as a heavy neck or head.',
    },
    'psoas--kidney': {
      body:
        'Each kidney rests against the psoas. Because they are so close, some clinics explain that a tired kidney makes the psoas tense. This is their explanatory model, not a proven medical link.',
    },
    'pelvis--psoas': {
      body:
        'The psoas passes through the pelvis to reach the thigh bone, so it is closely tied to how the pelvis tilts. Long hours of sitting keep the front of the hip short, which can affect how the pelvis and lower back move.',
    },
    'erector-spinae--psoas': {
      body:
        'The psoas starts on the lumbar vertebrae, facing the erector spinae across the spine. They steady the spine from front and back, so when one stiffens, the other tends to take extra load.',
    },
  },
};
