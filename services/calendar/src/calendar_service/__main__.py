from servicekit.service import serve

from calendar_service.service import SERVICE

serve(SERVICE)
