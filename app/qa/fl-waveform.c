/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-waveform"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-waveform.h"

#define RULER_HEIGHT     20
#define DRAG_THRESHOLD   4
#define MARKER_HIT_SLOP  5
#define MIN_ZOOM         0.5    /* pixels per second */
#define MAX_ZOOM         2000.0
#define ZOOM_STEP        1.5
#define NS_PER_MS        G_GINT64_CONSTANT (1000000)

struct _FlWaveform
{
  GtkWidget  parent_instance;

  FlPeaks   *peaks;
  GArray    *markers;
  gint64     duration_ns;
  gint64     position_ns;

  /* 0 fits the whole call; otherwise pixels per second from view_start_ns. */
  double     zoom;
  gint64     view_start_ns;

  double     drag_start_x;
  double     drag_x;
  gboolean   dragging_range;
};

enum {
  PROP_0,
  PROP_POSITION,
  PROP_ZOOM,
  N_PROPS
};

enum {
  SEEK,
  RANGE_SELECTED,
  MARKER_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FlWaveform, fl_waveform, GTK_TYPE_WIDGET)

static const GdkRGBA lane_colors[] = {
  { 0.21, 0.52, 0.89, 1.0 },  /* agent: blue */
  { 0.15, 0.64, 0.41, 1.0 },  /* customer: green */
  { 0.90, 0.38, 0.00, 1.0 },
  { 0.57, 0.25, 0.67, 1.0 },
};
static const GdkRGBA playhead_color = { 0.88, 0.11, 0.14, 1.0 };
static const GdkRGBA marker_color = { 0.96, 0.76, 0.07, 1.0 };
static const GdkRGBA range_color = { 0.96, 0.76, 0.07, 0.25 };
static const GdkRGBA selection_color = { 0.21, 0.52, 0.89, 0.25 };

static double
effective_zoom (FlWaveform *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  double seconds = self->duration_ns / 1e9;

  if (self->zoom > 0 || seconds <= 0 || width <= 0)
    return self->zoom > 0 ? self->zoom : 100.0;

  return width / seconds;
}

static gint64
visible_span_ns (FlWaveform *self)
{
  return (gint64) (gtk_widget_get_width (GTK_WIDGET (self)) / effective_zoom (self) * 1e9);
}

static gint64
x_to_time (FlWaveform *self,
           double      x)
{
  gint64 time = self->view_start_ns + (gint64) (x / effective_zoom (self) * 1e9);

  return CLAMP (time, 0, MAX (self->duration_ns, 0));
}

static double
time_to_x (FlWaveform *self,
           gint64      time_ns)
{
  return (time_ns - self->view_start_ns) / 1e9 * effective_zoom (self);
}

static void
clamp_view (FlWaveform *self)
{
  gint64 last_start = MAX (0, self->duration_ns - visible_span_ns (self));

  if (self->zoom <= 0)
    self->view_start_ns = 0;
  else
    self->view_start_ns = CLAMP (self->view_start_ns, 0, last_start);
}

static const char *
lane_label (guint channel,
            guint n_channels)
{
  if (n_channels == 2)
    return channel == 0 ? _("Agent") : _("Customer");
  if (n_channels == 1)
    return NULL;
  return "";
}

/* Seconds between ruler ticks so that labels stay about 70 pixels apart. */
static double
tick_interval (double pixels_per_second)
{
  static const double steps[] = { 0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600 };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * pixels_per_second >= 70)
      return steps[i];
  return 7200;
}

static char *
format_tick (double seconds,
             double interval)
{
  int whole = (int) seconds;

  if (interval < 1)
    return g_strdup_printf ("%d:%04.1f", whole / 60, seconds - (whole / 60) * 60);
  if (whole >= 3600)
    return g_strdup_printf ("%d:%02d:%02d", whole / 3600, (whole / 60) % 60, whole % 60);
  return g_strdup_printf ("%d:%02d", whole / 60, whole % 60);
}

static void
snapshot_ruler (FlWaveform  *self,
                GtkSnapshot *snapshot,
                int          width)
{
  GtkWidget *widget = GTK_WIDGET (self);
  double zoom = effective_zoom (self);
  double interval = tick_interval (zoom);
  double first = floor (self->view_start_ns / 1e9 / interval) * interval;
  GdkRGBA tick_color;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &tick_color);
  tick_color.alpha *= 0.55;

  for (double t = first; ; t += interval)
    {
      double x = time_to_x (self, (gint64) (t * 1e9));
      g_autofree char *text = NULL;
      g_autoptr(PangoLayout) layout = NULL;

      if (x > width)
        break;
      if (x < -80)
        continue;

      gtk_snapshot_append_color (snapshot, &tick_color,
                                 &GRAPHENE_RECT_INIT (x, RULER_HEIGHT - 6, 1, 6));
      text = format_tick (t, interval);
      layout = gtk_widget_create_pango_layout (widget, text);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + 3, 1));
      gtk_snapshot_append_layout (snapshot, layout, &tick_color);
      gtk_snapshot_restore (snapshot);
    }
}

static void
snapshot_lane (FlWaveform  *self,
               GtkSnapshot *snapshot,
               guint        channel,
               double       top,
               double       height,
               int          width)
{
  double middle = top + height / 2;
  double half = height / 2 - 2;
  double frames_per_pixel = fl_peaks_get_frames_per_second (self->peaks) / effective_zoom (self);
  double first_frame = self->view_start_ns / 1e9 * fl_peaks_get_frames_per_second (self->peaks);
  guint n_frames = fl_peaks_get_n_frames (self->peaks);
  const GdkRGBA *color = &lane_colors[channel % G_N_ELEMENTS (lane_colors)];

  for (int x = 0; x < width; x++)
    {
      guint from = (guint) (first_frame + x * frames_per_pixel);
      guint to = (guint) (first_frame + (x + 1) * frames_per_pixel);
      float minimum, maximum;
      double y, h;

      if (from >= n_frames)
        break;
      to = CLAMP (to, from + 1, n_frames);
      if (!fl_peaks_fold (self->peaks, channel, from, to - from, &minimum, &maximum))
        break;

      y = middle - maximum * half;
      h = MAX (1.0, (maximum - minimum) * half);
      gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, 1, h));
    }
}

static void
snapshot_lane_label (FlWaveform  *self,
                     GtkSnapshot *snapshot,
                     const char  *text,
                     double       top)
{
  g_autoptr(PangoLayout) layout = NULL;
  GdkRGBA color;

  if (text == NULL || *text == '\0')
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &color);
  color.alpha *= 0.7;
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (6, top + 2));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
snapshot_markers (FlWaveform  *self,
                  GtkSnapshot *snapshot,
                  int          height)
{
  for (guint i = 0; self->markers != NULL && i < self->markers->len; i++)
    {
      const FlWaveformMarker *marker = &g_array_index (self->markers, FlWaveformMarker, i);
      double x = time_to_x (self, marker->start_ms * NS_PER_MS);

      if (marker->end_ms > marker->start_ms)
        {
          double end_x = time_to_x (self, marker->end_ms * NS_PER_MS);
          gtk_snapshot_append_color (snapshot, &range_color,
                                     &GRAPHENE_RECT_INIT (x, RULER_HEIGHT, end_x - x, height - RULER_HEIGHT));
        }
      gtk_snapshot_append_color (snapshot, &marker_color,
                                 &GRAPHENE_RECT_INIT (x - 1, 0, 2, height));
    }
}

static void
fl_waveform_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  FlWaveform *self = FL_WAVEFORM (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  guint n_channels = self->peaks ? fl_peaks_get_n_channels (self->peaks) : 0;
  double lane_height = n_channels ? (height - RULER_HEIGHT) / (double) n_channels : 0;

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  snapshot_ruler (self, snapshot, width);
  for (guint channel = 0; channel < n_channels; channel++)
    {
      double top = RULER_HEIGHT + channel * lane_height;

      snapshot_lane (self, snapshot, channel, top, lane_height, width);
      snapshot_lane_label (self, snapshot, lane_label (channel, n_channels), top);
    }
  snapshot_markers (self, snapshot, height);

  if (self->dragging_range)
    {
      double from = MIN (self->drag_start_x, self->drag_x);
      double to = MAX (self->drag_start_x, self->drag_x);
      gtk_snapshot_append_color (snapshot, &selection_color,
                                 &GRAPHENE_RECT_INIT (from, RULER_HEIGHT, to - from, height - RULER_HEIGHT));
    }

  if (self->duration_ns > 0)
    gtk_snapshot_append_color (snapshot, &playhead_color,
                               &GRAPHENE_RECT_INIT (time_to_x (self, self->position_ns) - 1, 0, 2, height));

  gtk_snapshot_pop (snapshot);
}

static void
fl_waveform_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = 600;
    }
  else
    {
      *minimum = RULER_HEIGHT + 60;
      *natural = RULER_HEIGHT + 160;
    }
}

static void
fl_waveform_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  clamp_view (FL_WAVEFORM (widget));
}

/* The marker under @x, or NULL. */
static const FlWaveformMarker *
marker_at (FlWaveform *self,
           double      x)
{
  for (guint i = 0; self->markers != NULL && i < self->markers->len; i++)
    {
      const FlWaveformMarker *marker = &g_array_index (self->markers, FlWaveformMarker, i);

      if (fabs (time_to_x (self, marker->start_ms * NS_PER_MS) - x) <= MARKER_HIT_SLOP)
        return marker;
    }
  return NULL;
}

static void
drag_begin_cb (FlWaveform     *self,
               double          x,
               double          y,
               GtkGestureDrag *gesture)
{
  self->drag_start_x = x;
  self->drag_x = x;
  self->dragging_range = FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
drag_update_cb (FlWaveform     *self,
                double          offset_x,
                double          offset_y,
                GtkGestureDrag *gesture)
{
  self->drag_x = self->drag_start_x + offset_x;
  if (fabs (offset_x) >= DRAG_THRESHOLD)
    self->dragging_range = TRUE;
  if (self->dragging_range)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_end_cb (FlWaveform     *self,
             double          offset_x,
             double          offset_y,
             GtkGestureDrag *gesture)
{
  const FlWaveformMarker *marker;

  if (self->dragging_range)
    {
      gint64 start = x_to_time (self, MIN (self->drag_start_x, self->drag_x));
      gint64 end = x_to_time (self, MAX (self->drag_start_x, self->drag_x));

      self->dragging_range = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      g_signal_emit (self, signals[RANGE_SELECTED], 0, start, end);
      return;
    }

  marker = marker_at (self, self->drag_start_x);
  if (marker != NULL)
    {
      g_signal_emit (self, signals[MARKER_ACTIVATED], 0, marker->id);
      g_signal_emit (self, signals[SEEK], 0, marker->start_ms * NS_PER_MS);
      return;
    }

  g_signal_emit (self, signals[SEEK], 0, x_to_time (self, self->drag_start_x));
}

static void
zoom_around (FlWaveform *self,
             double      factor,
             double      anchor_x)
{
  gint64 anchor_time = x_to_time (self, anchor_x);
  double zoom = CLAMP (effective_zoom (self) * factor, MIN_ZOOM, MAX_ZOOM);
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  /* Zooming out past the whole call goes back to fitting it. */
  if (self->duration_ns > 0 && zoom * self->duration_ns / 1e9 <= width)
    zoom = 0;

  self->zoom = zoom;
  if (zoom > 0)
    self->view_start_ns = anchor_time - (gint64) (anchor_x / zoom * 1e9);
  clamp_view (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static gboolean
scroll_cb (FlWaveform               *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (state & GDK_CONTROL_MASK)
    {
      double x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      zoom_around (self, dy < 0 ? ZOOM_STEP : 1 / ZOOM_STEP, x);
      return GDK_EVENT_STOP;
    }

  if (self->zoom <= 0)
    return GDK_EVENT_PROPAGATE;

  self->view_start_ns += (gint64) ((dx != 0 ? dx : dy) * visible_span_ns (self) / 10);
  clamp_view (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return GDK_EVENT_STOP;
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FlWaveform *self = FL_WAVEFORM (widget);
  double anchor = time_to_x (self, self->position_ns);

  if (anchor < 0 || anchor > gtk_widget_get_width (widget))
    anchor = gtk_widget_get_width (widget) / 2.0;

  zoom_around (self, g_str_equal (action_name, "waveform.zoom-in") ? ZOOM_STEP : 1 / ZOOM_STEP, anchor);
}

static void
update_accessible_value (FlWaveform *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, self->duration_ns / 1e9,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, self->position_ns / 1e9,
                                  -1);
}

static void
fl_waveform_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FlWaveform *self = FL_WAVEFORM (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      g_value_set_int64 (value, self->position_ns);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_waveform_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  FlWaveform *self = FL_WAVEFORM (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      fl_waveform_set_position (self, g_value_get_int64 (value));
      break;
    case PROP_ZOOM:
      fl_waveform_set_zoom (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_waveform_finalize (GObject *object)
{
  FlWaveform *self = FL_WAVEFORM (object);

  g_clear_pointer (&self->peaks, fl_peaks_unref);
  g_clear_pointer (&self->markers, g_array_unref);

  G_OBJECT_CLASS (fl_waveform_parent_class)->finalize (object);
}

static void
fl_waveform_class_init (FlWaveformClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = fl_waveform_finalize;
  object_class->get_property = fl_waveform_get_property;
  object_class->set_property = fl_waveform_set_property;

  widget_class->snapshot = fl_waveform_snapshot;
  widget_class->measure = fl_waveform_measure;
  widget_class->size_allocate = fl_waveform_size_allocate;

  properties[PROP_POSITION] =
    g_param_spec_int64 ("position", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 0, MAX_ZOOM, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The user clicked at a time (nanoseconds). */
  signals[SEEK] = g_signal_new ("seek", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /* The user dragged across a stretch of the call (nanoseconds). */
  signals[RANGE_SELECTED] = g_signal_new ("range-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);
  signals[MARKER_ACTIVATED] = g_signal_new ("marker-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "waveform.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "waveform.zoom-out", NULL, zoom_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "waveform.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "waveform.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "waveform.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "waveform.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "waveform.zoom-out", NULL);

  gtk_widget_class_set_css_name (widget_class, "waveform");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SLIDER);
}

static void
fl_waveform_init (FlWaveform *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES |
                                                                GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);

  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect_swapped (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Waveform"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Click to go to a moment; drag to select a stretch for a note"),
                                  -1);
  update_accessible_value (self);
}

GtkWidget *
fl_waveform_new (void)
{
  return g_object_new (FL_TYPE_WAVEFORM, NULL);
}

void
fl_waveform_set_peaks (FlWaveform *self,
                       FlPeaks    *peaks)
{
  g_return_if_fail (FL_IS_WAVEFORM (self));

  if (self->peaks == peaks)
    return;

  g_clear_pointer (&self->peaks, fl_peaks_unref);
  if (peaks != NULL)
    self->peaks = fl_peaks_ref (peaks);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* More of the peaks arrived: draw them. */
void
fl_waveform_peaks_grew (FlWaveform *self)
{
  g_return_if_fail (FL_IS_WAVEFORM (self));

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
fl_waveform_set_duration (FlWaveform *self,
                          gint64      duration_ns)
{
  g_return_if_fail (FL_IS_WAVEFORM (self));

  self->duration_ns = MAX (duration_ns, 0);
  clamp_view (self);
  update_accessible_value (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gint64
fl_waveform_get_position (FlWaveform *self)
{
  g_return_val_if_fail (FL_IS_WAVEFORM (self), 0);

  return self->position_ns;
}

/* Moves the playhead; when zoomed in, the view pages along so the
 * playhead stays in sight during playback. */
void
fl_waveform_set_position (FlWaveform *self,
                          gint64      position_ns)
{
  gint64 span;

  g_return_if_fail (FL_IS_WAVEFORM (self));

  position_ns = MAX (position_ns, 0);
  if (self->position_ns == position_ns)
    return;

  self->position_ns = position_ns;
  span = visible_span_ns (self);
  if (self->zoom > 0 && (position_ns < self->view_start_ns || position_ns > self->view_start_ns + span))
    {
      self->view_start_ns = position_ns - span / 10;
      clamp_view (self);
    }

  update_accessible_value (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

void
fl_waveform_set_markers (FlWaveform             *self,
                         const FlWaveformMarker *markers,
                         guint                   n_markers)
{
  g_return_if_fail (FL_IS_WAVEFORM (self));
  g_return_if_fail (markers != NULL || n_markers == 0);

  g_clear_pointer (&self->markers, g_array_unref);
  self->markers = g_array_sized_new (FALSE, FALSE, sizeof (FlWaveformMarker), n_markers);
  g_array_append_vals (self->markers, markers, n_markers);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
fl_waveform_get_zoom (FlWaveform *self)
{
  g_return_val_if_fail (FL_IS_WAVEFORM (self), 0);

  return self->zoom;
}

/* @pixels_per_second of 0 fits the whole call in the widget. */
void
fl_waveform_set_zoom (FlWaveform *self,
                      double      pixels_per_second)
{
  g_return_if_fail (FL_IS_WAVEFORM (self));

  pixels_per_second = pixels_per_second <= 0 ? 0 : CLAMP (pixels_per_second, MIN_ZOOM, MAX_ZOOM);
  if (self->zoom == pixels_per_second)
    return;

  self->zoom = pixels_per_second;
  clamp_view (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}
