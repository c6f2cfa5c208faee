from servicekit.service import serve

from gallery_service.service import SERVICE

serve(SERVICE)
